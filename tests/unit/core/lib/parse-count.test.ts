import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseCount } from '../../../../core/lib/parse-count';

const ok = (value: number) => ({ ok: true, value });
const approx = (value: number) => ({ ok: true, value, approximate: true });
const fail = (reason: string) => ({ ok: false, reason });

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['1234', 1234],
    ['1,234', 1234],
    ['12,345,678', 12345678],
    ['1 234', 1234], // normal space
    ['1\u00a0234', 1234], // no-break space
    ['1\u2009234', 1234], // thin space
    ['1\u202f234', 1234], // narrow no-break space, as Intl prints French numbers
    ['1 234 567', 1234567],
    ['1.234', 1234], // European grouping: a dot before exactly three digits separates thousands
    ['1.234.567', 1234567],
    ["1'234", 1234], // Swiss
    ['1’234’567', 1234567], // Swiss, typographic apostrophe
    ['１，２３４', 1234], // full-width digits and comma
    ['１２３４', 1234],
    ['  987\n', 987], // surrounding whitespace
    ['\u3000987\u3000', 987], // ideographic spaces around
    ['+12', 12],
    ['+ 1,234', 1234],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
    ['9,007,199,254,740,991', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %d', (text, value) => {
    expect(parseCount(text)).toEqual(ok(value));
  });

  it.each([
    ['1.2万', 12000],
    ['1.2萬', 12000], // traditional form
    ['3.4亿', 340000000],
    ['3.4億', 340000000],
    ['1.2w', 12000],
    ['1.2W', 12000],
    ['12.5K', 12500],
    ['12.5k', 12500],
    ['12K', 12000],
    ['1.2M', 1200000],
    ['1.5B', 1500000000],
    ['1.2 万', 12000], // a space before the suffix
    ['１２．５万', 125000], // full-width
    ['1,234.5万', 12345000],
    ['1,234万', 12340000], // a comma before three digits still groups thousands
    ['1,5K', 1500], // a decimal comma
    ['1.20万', 12000],
    ['+3万', 30000],
  ])('reads the abbreviated %j as about %d', (text, value) => {
    expect(parseCount(text)).toEqual(approx(value));
  });

  it.each([
    // placeholders and words
    ['—', 'not a number: "—"'], // a placeholder while the page loads
    ['-', 'not a number: "-"'],
    ['--', 'not a number: "--"'],
    ['', 'not a number: ""'],
    ['   ', 'not a number: ""'],
    ['N/A', 'not a number: "N/A"'],
    ['12abc', 'not a number: "12abc"'],
    ['NaN', 'not a number: "NaN"'],
    ['Infinity', 'not a number: "Infinity"'],
    ['1e6', 'not a number: "1e6"'],
    ['0x10', 'not a number: "0x10"'],
    ['1,,234', 'not a number: "1,,234"'],
    ['1,234,', 'not a number: "1,234,"'],
    ['.5', 'not a number: ".5"'],
    ['K', 'not a number: "K"'],
    ['1.2m', 'not a number: "1.2m"'], // lowercase m is minutes as often as millions
    ['12%', 'not a number: "12%"'],
    // grouping
    ['1,23,4', '"1,23,4" has separators in the wrong places'],
    ['1,23,456', '"1,23,456" has separators in the wrong places'], // Indian grouping is not read
    ['1.234.5', '"1.234.5" has separators in the wrong places'],
    ['12,345,67', '"12,345,67" has separators in the wrong places'],
    ['1,234 567', '"1,234 567" mixes separators'],
    ["1'234,567.5", '"1\'234,567.5" mixes separators'],
    ['1.234.567,8.9', '"1.234.567,8.9" mixes separators'],
    // fractions
    ['1.5', '"1.5" is not a whole count'],
    ['1,5', '"1,5" is not a whole count'], // a European decimal comma
    ['1,23', '"1,23" is not a whole count'],
    ['1234,567', '"1234,567" is not a whole count'], // four digits before the comma: not a thousands group
    ['0.125', '"0.125" is not a whole count'],
    ['12.00', '"12.00" is not a whole count'], // decimals on a count: more likely another tile's amount
    ['1.234,50', '"1.234,50" is not a whole count'],
    ['1.23456万', '"1.23456万" is not a whole count'], // 12,345.6: reported, not rounded
    ['1.2345K', '"1.2345K" is not a whole count'],
    // sign, size, money
    ['-5', '"-5" is below zero'],
    ['−5', '"−5" is below zero'], // the minus sign
    ['-1.2万', '"-1.2万" is below zero'],
    ['9007199254740993', '"9007199254740993" is too large'], // above the largest safe integer
    ['9007199254740992', '"9007199254740992" is too large'],
    ['99999999B', '"99999999B" is too large'],
    ['¥1,234.00', '"¥1,234.00" is money, not a count'],
    ['$12', '"$12" is money, not a count'],
    ['1.2万元', '"1.2万元" is money, not a count'],
  ])('refuses %j: %s', (text, reason) => {
    expect(parseCount(text)).toEqual(fail(reason));
  });

  it('quotes at most 40 characters of a long text', () => {
    const long = 'Paid orders will appear here when the stream starts';
    expect(parseCount(long)).toEqual(fail(`not a number: "${long.slice(0, 40)}"`));
  });

  it('quotes the text as the page shows it, trimmed', () => {
    expect(parseCount('  ＮＡ ')).toEqual(fail('not a number: "ＮＡ"'));
    expect(parseCount('\u00a0１．５ ')).toEqual(fail('"１．５" is not a whole count'));
  });
});

describe('parseAmount', () => {
  it.each([
    ['1234', 1234],
    ['1234.5', 1234.5],
    ['0.125', 0.125],
    ['1,234.50', 1234.5],
    ['1.234,50', 1234.5], // European decimal comma
    ['1 234,50', 1234.5],
    ['1\u202f234,50', 1234.5],
    ["1'234.50", 1234.5],
    ['1,5', 1.5],
    ['1.234', 1234], // a lone separator before exactly three digits groups thousands, as in counts
    ['1234,567', 1234.567],
    ['¥1,234.50', 1234.5],
    ['￥1,234.50', 1234.5],
    ['$1,234.50', 1234.5],
    ['US$1,234.50', 1234.5],
    ['€1.234,50', 1234.5],
    ['1.234,50 €', 1234.5],
    ['1.234,50€', 1234.5],
    ['RM1,234.50', 1234.5],
    ['RM 1,234.50', 1234.5],
    ['Rp1.234.567', 1234567],
    ['Rp 1.234', 1234],
    ['1,234.50 USD', 1234.5],
    ['1234.50元', 1234.5],
    ['￥１，２３４．５０', 1234.5],
    ['+¥12', 12],
    ['¥+12', 12],
    [' ¥98,765.40 ', 98765.4],
  ])('reads %j as %d', (text, value) => {
    expect(parseAmount(text)).toEqual(ok(value));
  });

  it.each([
    ['1.2万', 12000],
    ['¥1.2万', 12000],
    ['1.2万元', 12000],
    ['3.4亿', 340000000],
    ['$12.5K', 12500],
    ['1.23456万', 12345.6],
    ['1.2M', 1200000],
  ])('reads the abbreviated %j as about %d', (text, value) => {
    expect(parseAmount(text)).toEqual(approx(value));
  });

  it.each([
    ['—', 'not a number: "—"'],
    ['¥—', 'not a number: "¥—"'],
    ['¥', 'not a number: "¥"'],
    ['', 'not a number: ""'],
    ['N/A', 'not a number: "N/A"'],
    ['$1,234 USD', 'not a number: "$1,234 USD"'], // one currency, before or after
    ['1,23,4.50', '"1,23,4.50" has separators in the wrong places'],
    ['1,234 567.50', '"1,234 567.50" mixes separators'],
    ['-¥5.00', '"-¥5.00" is below zero'],
    ['¥-5.00', '"¥-5.00" is below zero'],
    ['9007199254740991.5', '"9007199254740991.5" is too large'],
  ])('refuses %j: %s', (text, reason) => {
    expect(parseAmount(text)).toEqual(fail(reason));
  });
});

// Formatting helpers for the properties: digits grouped by threes, and full-width forms.
const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const fullWidth = (s: string) => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const SPACES = [' ', '\u00a0', '\u2009', '\u202f'];
// Every length of digits, not only the small and huge values fast-check favours: one, two and several groups.
const safeNat = fc.oneof(fc.nat({ max: 999 }), fc.integer({ min: 1000, max: 999_999 }), fc.maxSafeNat());

const countStyles: ((d: string) => string)[] = [
  (d) => d,
  (d) => group(d, ','),
  (d) => group(d, '.'),
  ...SPACES.map((s) => (d: string) => group(d, s)),
  (d) => group(d, "'"),
  (d) => group(d, '’'),
  (d) => fullWidth(group(d, ',')),
  (d) => fullWidth(d),
  (d) => `+${group(d, ',')}`,
  (d) => ` \t${group(d, ',')}\n`,
];

describe('properties', () => {
  it('reads back any safe count in every grouping style', () => {
    fc.assert(
      fc.property(safeNat, (n) => {
        for (const style of countStyles) {
          expect(parseCount(style(String(n)))).toEqual(ok(n));
          expect(parseAmount(style(String(n)))).toEqual(ok(n));
        }
      }),
    );
  });

  it('refuses a count with a currency, and reads it as an amount', () => {
    fc.assert(
      fc.property(safeNat, fc.constantFrom('¥', '$', 'RM', 'Rp', '€ '), (n, cur) => {
        const text = `${cur}${group(String(n), cur === 'Rp' || cur === '€ ' ? '.' : ',')}`;
        expect(parseCount(text)).toEqual(fail(`"${text.slice(0, 40)}" is money, not a count`));
        expect(parseAmount(text)).toEqual(ok(n));
      }),
    );
  });

  it('reads back an abbreviated count that is an exact multiple of its decimals', () => {
    const suffixes: [string, number][] = [
      ['万', 4],
      ['w', 4],
      ['W', 4],
      ['亿', 8],
      ['k', 3],
      ['K', 3],
      ['M', 6],
      ['B', 9],
    ];
    fc.assert(
      fc.property(
        fc.nat({ max: 999_999 }),
        fc.nat({ max: 3 }),
        fc.constantFrom(...suffixes),
        fc.boolean(),
        (mantissa, decimals, [suffix, power], wide) => {
          const d = Math.min(decimals, power);
          const digits = String(mantissa).padStart(d + 1, '0');
          const shown = d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`;
          const text = `${wide ? fullWidth(shown) : shown}${suffix}`;
          expect(parseCount(text)).toEqual(approx(mantissa * 10 ** (power - d)));
        },
      ),
    );
  });

  it('reads back any amount with two decimals in every style and currency position', () => {
    const styles: ((int: string, frac: string) => string)[] = [
      (i, f) => `${i}.${f}`,
      (i, f) => `${group(i, ',')}.${f}`,
      (i, f) => `${group(i, '.')},${f}`,
      (i, f) => `${i},${f}`,
      ...SPACES.map((s) => (i: string, f: string) => `${group(i, s)},${f}`),
      (i, f) => `${group(i, "'")}.${f}`,
      (i, f) => fullWidth(`${group(i, ',')}.${f}`),
    ];
    const currencies: ((n: string) => string)[] = [
      (n) => n,
      (n) => `¥${n}`,
      (n) => `￥${n}`,
      (n) => `$${n}`,
      (n) => `RM${n}`,
      (n) => `Rp ${n}`,
      (n) => `€${n}`,
      (n) => `${n} €`,
      (n) => `${n}元`,
      (n) => `${n} USD`,
    ];
    fc.assert(
      fc.property(safeNat, (cents) => {
        const digits = String(cents).padStart(3, '0');
        const [int, frac] = [digits.slice(0, -2), digits.slice(-2)];
        for (const style of styles) {
          for (const currency of currencies) {
            expect(parseAmount(currency(style(int, frac)))).toEqual(ok(Number(`${int}.${frac}`)));
          }
        }
      }),
    );
  });

  const numberish = fc.string({
    unit: fc.constantFrom(..."0123456789.,' +-−万亿wWkKMB¥$€RMpN/A—１２，．\u00a0\u202f".split('')),
    maxLength: 30,
  });
  const anyText = fc.oneof(numberish, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

  it('never throws, and never returns a non-finite, negative or fractional count', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseCount(text);
        if (r.ok) expect(Number.isSafeInteger(r.value) && r.value >= 0 && !Object.is(r.value, -0)).toBe(true);
        else expect(Array.from(r.reason).length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and never returns a non-finite or negative amount', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseAmount(text);
        if (r.ok) expect(Number.isFinite(r.value) && r.value >= 0 && r.value <= Number.MAX_SAFE_INTEGER).toBe(true);
        else expect(Array.from(r.reason).length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 2000 },
    );
  });
});
