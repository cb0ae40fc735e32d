import fc from 'fast-check';
import { expect } from 'vitest';
import { ORDER_ID } from '../../../../core/exports/format';
import { type KeptField, keptValueProblem, plausibleTimeProblem } from '../../../../core/exports/kept-values';
import type { ExportOptions, OrderExport } from '../../../../core/exports/types';
import type { Result } from '../../../../core/lib/result';
import { stringAt } from '../../../../core/lib/string-column';
import { csv, fixtureText, london, shanghai, table } from './helpers';

/**
 * Malformed order exports for the fuzz tests (issue #16, RELIABILITY.md), built from the three fixtures
 * of tests/fixtures/exports/ (their shapes: helpers.ts and VARIANTS.md) by one to three of the damages a
 * seller's file can suffer: cut short, bytes that are no UTF-8 or GBK, a 1 MB cell, formula cells, a
 * column twice, a required column gone, extra columns, other line ends, a byte-order mark more or less.
 */
export type Malformed = { name: string; bytes: Uint8Array; opts: ExportOptions; kinds: string[] };

const BASES = [
  { file: 'tiktok-orders.csv', opts: london },
  { file: 'douyin-orders.utf8.csv', opts: shanghai },
  { file: 'douyin-orders.gbk.csv', opts: shanghai },
] as const;
const rowsOf = BASES.map((b) => table(fixtureText(b.file)));

/** GBK bytes of a text, by the reverse of the platform's own GBK decoder (Node and browsers have no GBK encoder). */
const GBK = (() => {
  const pairs: number[] = [];
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) pairs.push(a, b);
  const chars = Array.from(new TextDecoder('gbk').decode(new Uint8Array(pairs)));
  const map = new Map<string, [number, number]>();
  chars.forEach((ch, i) => {
    if (ch !== '\ufffd' && !map.has(ch)) map.set(ch, [pairs[2 * i], pairs[2 * i + 1]]);
  });
  return map;
})();
function gbkBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out[n++] = c;
    else {
      const pair = GBK.get(ch);
      if (pair) {
        out[n++] = pair[0];
        out[n++] = pair[1];
      } else out[n++] = 0x3f; // "?" for what GBK cannot hold, as iconv's //TRANSLIT would
    }
  }
  return out.subarray(0, n);
}
const utf16le = (text: string) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};

type Table = string[][];
type TableDamage = { kind: string; apply: (t: Table) => Table };

const FORMULAS = ['=1+1', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1:A9)', '=HYPERLINK("x","y")', '\t=1'];
const ONE_MB = 1 << 20;

/** Picks row `r` and column `c` modulo the table's size (never the header unless asked). */
const at = (t: Table, r: number, c: number, header = false) => {
  const row = header ? 0 : t.length > 1 ? 1 + (r % (t.length - 1)) : 0;
  return { row, col: c % Math.max(1, t[row].length) };
};
const setCell = (t: Table, r: number, c: number, v: string, header = false) => {
  const { row, col } = at(t, r, c, header);
  return t.map((cells, i) => (i === row ? cells.map((x, j) => (j === col ? v : x)) : cells));
};

const hugeCell: fc.Arbitrary<TableDamage> = fc
  .tuple(fc.nat(), fc.nat(), fc.constantFrom('9', 'x', '中', ',', '"', '\n'))
  .map(
    ([r, c, ch]): TableDamage => ({
      kind: '1 MB cells',
      apply: (t) => setCell(t, r, c, ch.repeat(ONE_MB)),
    }),
  );

const otherDamage: fc.Arbitrary<TableDamage> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...FORMULAS)).map(
    ([r, c, f]): TableDamage => ({
      kind: 'formula cells (= + - @)',
      apply: (t) => setCell(t, r, c, f),
    }),
  ),
  fc.nat().map(
    (c): TableDamage => ({
      kind: 'duplicate headers',
      apply: (t) => {
        const col = c % t[0].length;
        return t.map((cells) => [...cells, cells[col]]);
      },
    }),
  ),
  fc.nat().map(
    (c): TableDamage => ({
      kind: 'missing required columns',
      // Among the first 35 columns: every required one of both formats sits there.
      apply: (t) => t.map((cells) => cells.filter((_, j) => j !== c % Math.min(35, t[0].length))),
    }),
  ),
  fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 5 }).map(
    (names): TableDamage => ({
      kind: 'extra columns',
      apply: (t) => t.map((cells, i) => [...cells, ...names.map((n) => (i === 0 ? n : `${n}${i}`))]),
    }),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 30 })).map(
    ([r, c, s]): TableDamage => ({
      kind: 'wrong values in cells',
      apply: (t) => setCell(t, r, c, s),
    }),
  ),
  fc
    .tuple(fc.nat(), fc.nat(), fc.constantFrom('', 'ORDER ID', ' 主订单编号 ', '\ufeffOrder ID', '=Order ID'))
    .map(([r, c, h]): TableDamage => ({ kind: 'wrong headers', apply: (t) => setCell(t, r, c, h, true) })),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('1970', '2001', '2099', '9999')).map(
    ([r, c, year]): TableDamage => ({
      kind: 'times out of range',
      // Every well-formed time of the row moved to another year: a typo, a clock, a hand edit.
      apply: (t) => {
        const { row } = at(t, r, c);
        return t.map((cells, i) => (i !== row ? cells : cells.map((x) => x.replace(/\b20\d\d\b/g, year))));
      },
    }),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })).map(
    ([r, d]): TableDamage => ({
      kind: 'rows with too few or too many cells',
      apply: (t) => {
        const { row } = at(t, r, 0);
        return t.map((cells, i) =>
          i !== row ? cells : d >= 0 ? [...cells, ...Array(d + 1).fill('x')] : cells.slice(0, d),
        );
      },
    }),
  ),
);

/** A 1 MB cell in about one file in 25: each costs megabytes to build, decode and parse, twice over. */
const tableDamage: fc.Arbitrary<TableDamage> = fc.oneof(
  { weight: 1, arbitrary: hugeCell },
  { weight: 24, arbitrary: otherDamage },
);

type TextDamage = { kind: string; apply: (text: string) => string };
const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  fc.constantFrom('\n', '\r', '\r\n').map(
    (end): TextDamage => ({
      kind: 'CRLF / CR / LF line ends',
      apply: (text: string) => text.replace(/\r\n/g, end),
    }),
  ),
  fc.nat().map(
    (p): TextDamage => ({
      kind: 'unbalanced quotes',
      apply: (text: string) => {
        const i = p % (text.length + 1);
        return `${text.slice(0, i)}"${text.slice(i)}`;
      },
    }),
  ),
  fc.constant({ kind: 'header only / empty', apply: (text: string) => text.split(/\r?\n|\r/)[0] }),
  fc
    .constantFrom('', ' \r\n\t', ',,,,\r\n,,,')
    .map((s): TextDamage => ({ kind: 'header only / empty', apply: () => s })),
);

type Encoding = 'utf-8' | 'utf-8 + BOM' | 'gbk' | 'utf-16le + BOM' | 'utf-16le, no BOM';
const encode = (text: string, enc: Encoding): Uint8Array => {
  const plain = text.replace(/^\ufeff/, '');
  if (enc === 'utf-8') return new TextEncoder().encode(plain);
  if (enc === 'utf-8 + BOM') return new TextEncoder().encode(`\ufeff${plain}`);
  if (enc === 'gbk') return gbkBytes(plain);
  if (enc === 'utf-16le + BOM') return utf16le(`\ufeff${plain}`);
  return utf16le(plain);
};

type ByteDamage = { kind: string; apply: (b: Uint8Array) => Uint8Array };
const INVALID = [
  [0xff],
  [0x80],
  [0xc3],
  [0xed, 0xa0, 0x80],
  [0xe4, 0xb8],
  [0xf8, 0x88, 0x80, 0x80],
  [0x81, 0x20],
  [0xfe],
];
const byteDamage: fc.Arbitrary<ByteDamage> = fc.oneof(
  // Cut at any thousandth, unbiased: fast-check favours the ends, where a cut leaves nothing or everything.
  fc.noBias(fc.integer({ min: 0, max: 999 })).map(
    (f): ByteDamage => ({
      kind: 'truncated files',
      apply: (b: Uint8Array) => b.subarray(0, Math.floor((b.length * f) / 1000)),
    }),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...INVALID)).map(
    ([p, bad]): ByteDamage => ({
      kind: 'invalid UTF-8 / GBK bytes',
      apply: (b: Uint8Array) => {
        const i = p % (b.length + 1);
        const out = new Uint8Array(b.length + bad.length);
        out.set(b.subarray(0, i));
        out.set(bad, i);
        out.set(b.subarray(i), i + bad.length);
        return out;
      },
    }),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 255 })).map(
    ([p, v]): ByteDamage => ({
      kind: 'invalid UTF-8 / GBK bytes',
      apply: (b: Uint8Array) => {
        const out = b.slice();
        if (out.length > 0) out[p % out.length] = v;
        return out;
      },
    }),
  ),
  fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb]).map(
    (bom): ByteDamage => ({
      kind: 'BOM: doubled, wrong or cut',
      apply: (b: Uint8Array) => {
        const out = new Uint8Array(bom.length + b.length);
        out.set(bom);
        out.set(b, bom.length);
        return out;
      },
    }),
  ),
);

/** One malformed export: a fixture, damaged in its table, its text, its encoding and its bytes. */
export const malformedExport: fc.Arbitrary<Malformed> = fc
  .record({
    base: fc.nat({ max: BASES.length - 1 }),
    tables: fc.array(tableDamage, { maxLength: 2 }),
    texts: fc.array(textDamage, { maxLength: 1 }),
    encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8 + BOM', 'gbk', 'utf-16le + BOM', 'utf-16le, no BOM'),
    bytes: fc.array(byteDamage, { maxLength: 2 }),
  })
  .filter((m) => m.tables.length + m.texts.length + m.bytes.length > 0 || m.encoding === 'utf-16le, no BOM')
  .map((m) => {
    const base = BASES[m.base];
    let t = rowsOf[m.base];
    for (const d of m.tables) t = d.apply(t);
    let text = csv(t);
    for (const d of m.texts) text = d.apply(text);
    let bytes = encode(text, m.encoding);
    for (const d of m.bytes) bytes = d.apply(bytes);
    const kinds = [...m.tables, ...m.texts, ...m.bytes].map((d) => d.kind);
    if (m.encoding === 'utf-16le, no BOM') kinds.push('UTF-16 without BOM');
    const name = `fuzz-${base.file}`;
    const unique = [...new Set(kinds)];
    // A failing case prints as what was done to which fixture, not as its megabytes.
    const shown = () => `${name} (${bytes.length} bytes, ${m.encoding}): ${unique.join(' + ')}`;
    return { name, bytes, opts: base.opts, kinds: unique, [fc.toStringMethod]: shown };
  });

/** The fixtures' orders are of November 2026; a kept time is judged as a backup taken then would be. */
export const NOW = Date.parse('2026-12-05T00:00:00Z');

const TIMES = ['paidAt', 'shippedAt', 'deliveredAt', 'cancelledAt', 'createdAt', 'rtsAt'] as const;

/** What a successful read may hold: ids, sane numbers, texts in their kept form, plausible times. */
export function expectKeepable(x: OrderExport, m: Malformed): void {
  const n = x.orderIds.length;
  const what = `${m.kinds.join(' + ')}`;
  expect(n, what).toBeLessThanOrEqual(x.rows);
  expect(new Set(x.orderIds).size, what).toBe(n);
  for (const id of x.orderIds) expect(ORDER_ID.test(id), `${what}: id ${id}`).toBe(true);
  for (let i = 0; i < n; i++) {
    expect(Number.isFinite(x.meta.amountFen[i]) && x.meta.amountFen[i] >= 0, what).toBe(true);
    for (const t of TIMES) {
      const v = x.orders[t][i];
      if (!Number.isNaN(v))
        expect(plausibleTimeProblem(v, NOW), `${what}: ${t} ${new Date(v).toISOString()}`).toBeNull();
    }
  }
  const texts: [KeptField, (i: number) => string][] = [
    ['carrier', (i) => x.meta.carrier[i]],
    ['liveRoomId', (i) => x.meta.liveRoomId[i]],
    ['product', (i) => stringAt(x.meta.product, i)],
    ['promise', (i) => stringAt(x.meta.promise, i)],
    ['region', (i) => stringAt(x.meta.region, i)],
  ];
  for (const [field, get] of texts) {
    for (let i = 0; i < n; i++) expect(keptValueProblem(field, get(i)), `${what}: ${field}`).toBeNull();
  }
  expect(x.rejected.length).toBeLessThanOrEqual(1001);
  for (const r of x.rejected) {
    expect(Number.isInteger(r.row) && r.row >= 2, what).toBe(true);
    expect(r.field.length, what).toBeGreaterThan(0);
    expect(r.field.length, what).toBeLessThanOrEqual(100);
    expect(r.reason.length, what).toBeGreaterThan(0);
    expect(r.reason.length, what).toBeLessThanOrEqual(300);
  }
}

/** A refusal names the file, says what is wrong, and never echoes a megabyte of it back. */
export function expectClearError(message: string, m: Malformed): void {
  expect(message.startsWith(`${m.name}: `), message.slice(0, 200)).toBe(true);
  expect(message.length, m.kinds.join(' + ')).toBeLessThanOrEqual(3000);
}

/** How a read ended, for the tally: whole, with rows rejected (the first named), or refused (its message). */
export function endedAs(r: Result<OrderExport>): [string, string] {
  if (!r.ok) return ['refused', r.error.message];
  const first = r.data.rejected[0];
  if (!first) return ['read', ''];
  return ['read, rows rejected', `line ${first.row}, ${first.field}: ${first.reason}`];
}
