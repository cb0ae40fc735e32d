import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, PayloadError } from '../../../../core/adapters/json-fields';
import { pickedAdapter } from '../../../../core/adapters/picked';
import { adapters } from '../../../../core/adapters/registry';
import { CountGuard, MAX_PLAUSIBLE_COUNT } from '../../../../core/capture/count-guard';
import { type Parsed, parseAmount, parseCount } from '../../../../core/lib/parse-count';
import { fuzzTally } from '../../fuzz-tally';

/**
 * Fuzz (issue #16, RELIABILITY.md): 10,000 number strings, the counter texts a page could show, through
 * every reader of a count: parseCount and parseAmount, each adapter's `readCounter` (the tile's text),
 * and the network readers' `count` (a JSON count sent as text). Each must return a value or a reason
 * quoting the text, never throw, and never hand on an absurd count. Fixed seed: the same strings each run.
 */
const SEED = 20261205;
const RUNS = 10_000;

const DIGITS = '0123456789';
const WIDE_DIGITS = '０１２３４５６７８９';
const SEPARATORS = [',', '.', ' ', "'", '’', '，', '．', '\u00a0', '\u2009', '\u202f', '\u3000', '_', '·'];
const INVISIBLE = ['\u200b', '\u200e', '\u202e', '\u2066', '\ufeff', '\u061c'];
const AFFIXES = ['+', '-', '−', '¥', '￥', '$', 'US$', 'RM', 'Rp', '€', '元', 'USD', '%', '≈', '~', '(', ')'];
const SUFFIXES = ['万', '萬', '亿', '億', 'w', 'W', 'k', 'K', 'M', 'B', 'm', 'b', 'T', 'e3', 'E+5', '千'];
const WORDS = ['NaN', 'Infinity', '-Infinity', '0x1F', '0b101', '1e21', '1e309', '—', 'N/A', '暂无数据', 'null', ''];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom(...DIGITS.split('')), minLength: 1, maxLength: 25 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...WIDE_DIGITS.split('')), minLength: 1, maxLength: 8 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 2, arbitrary: fc.constantFrom(...AFFIXES) },
  { weight: 2, arbitrary: fc.constantFrom(...SUFFIXES) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS) },
);

/** Number-like text: digits, separators, signs, currencies and suffixes in any order. */
const numberish = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
/** A well-formed count, grouped in any of the dashboards' styles, maybe with text around it. */
const grouped = fc
  .tuple(fc.maxSafeNat(), fc.constantFrom(...SEPARATORS), fc.constantFrom('', ' ', '\t', '\n', '\u3000'))
  .map(([n, sep, pad]) => `${pad}${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)}${pad}`);
/** Numbers far past 2^53: hundreds of digits, or a long run of groups. */
const huge = fc.oneof(
  fc.string({ unit: fc.constantFrom(...DIGITS.split('')), minLength: 16, maxLength: 400 }),
  fc.array(fc.constantFrom('999', '000', '123'), { minLength: 6, maxLength: 120 }).map((g) => `1,${g.join(',')}`),
  fc.nat({ max: 5000 }).map((n) => '9'.repeat(n + 16)),
);
/** Anything at all, lone surrogates and control characters included. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }));

const kind = (a: fc.Arbitrary<string>, name: string) => a.map((text) => ({ text, kind: name }));
const numberStrings = fc.oneof(
  { weight: 5, arbitrary: kind(numberish, 'number-like text (separators, signs, currencies, suffixes, words)') },
  {
    weight: 2,
    arbitrary: kind(grouped, 'counts up to 2^53 grouped by any of 13 separators (_ and · are no dashboard’s)'),
  },
  { weight: 1, arbitrary: kind(huge, 'numbers past 2^53 (16 to 5,000 digits)') },
  { weight: 2, arbitrary: kind(anyText, 'any text (lone surrogates, control characters)') },
);

/** What parse-count.ts quotes: the trimmed text, cut to 40 characters. */
const quoted = (text: string) => `"${Array.from(text.trim()).slice(0, 40).join('')}"`;

/** A reading is a safe whole number from 0 up, or a short reason that quotes the text it refused. */
function expectSane(text: string, r: Parsed, kind: 'count' | 'amount') {
  if (r.ok) {
    expect(Number.isFinite(r.value) && r.value >= 0 && r.value <= Number.MAX_SAFE_INTEGER, text).toBe(true);
    if (kind === 'count') expect(Number.isSafeInteger(r.value) && !Object.is(r.value, -0), text).toBe(true);
  } else {
    expect(Array.from(r.reason).length, text).toBeLessThanOrEqual(80);
    // Normalizing may change what is quoted (full-width digits stay as the page shows them): the
    // reason quotes the page's own text, trimmed, so the seller can find it.
    expect(r.reason.includes(quoted(text)), `${JSON.stringify(text)} → ${r.reason}`).toBe(true);
  }
}

describe('fuzz: 10,000 number strings through every count reader', () => {
  it('parseCount, parseAmount and the adapters’ counter readers never throw and never read an absurd count', () => {
    const readers = [
      ...adapters,
      pickedAdapter({
        origin: 'https://shop.example.com',
        label: 'Orders',
        path: 'body>div>span',
        id: null,
        sample: '12',
        pickedAt: 0,
      }),
    ];
    let counted = 0;
    let refused = 0;
    const tally = fuzzTally('number strings (parseCount, parseAmount, readCounter)');
    fc.assert(
      fc.property(numberStrings, ({ text, kind }) => {
        const c = parseCount(text);
        tally.add([kind], c.ok ? 'read' : 'refused', c.ok ? '' : c.reason);
        expectSane(text, c, 'count');
        expectSane(text, parseAmount(text), 'amount');
        // The tile's text as each adapter reads it: the same verdict as parseCount's.
        const tile = { textContent: text } as Element;
        for (const a of readers) expect(a.readCounter(tile)).toEqual(c);
        if (c.ok) counted++;
        else refused++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    tally.print();
    // Both sides are exercised: neither everything read nor everything refused.
    expect(counted).toBeGreaterThan(RUNS / 20);
    expect(refused).toBeGreaterThan(RUNS / 20);
  }, 30_000);

  it('a JSON count sent as text is a safe count or a PayloadError naming its field', () => {
    fc.assert(
      fc.property(numberStrings, ({ text }) => {
        try {
          const n = count(text, 'data.card_list[0].pay_order_cnt.value');
          expect(Number.isSafeInteger(n) && n >= 0, text).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(PayloadError);
          expect((e as Error).message).toMatch(/^data\.card_list\[0\]\.pay_order_cnt\.value is .*, expected a count$/s);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 30_000);

  it('whatever the page shows, the recorded count never passes the plausible bound', () => {
    fc.assert(
      fc.property(fc.array(numberStrings, { minLength: 1, maxLength: 20 }), (texts) => {
        const guard = new CountGuard();
        texts.forEach(({ text }, i) => {
          const r = parseCount(text);
          if (r.ok) guard.accept(r.value, 1_000 * i);
        });
        expect((guard.recorded ?? 0) <= MAX_PLAUSIBLE_COUNT).toBe(true);
      }),
      // 500 sequences of up to 20 strings: about 5,000 more readings, the same generator.
      { seed: SEED, numRuns: 500 },
    );
  }, 30_000);
});
