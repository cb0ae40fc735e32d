import { normalizeNumberText, splitDigits } from './normalize-number';

/**
 * Reads the numbers dashboards print: counters (`parseCount`, whole numbers) and money or other decimal values
 * (`parseAmount`, e.g. GMV). Both accept thousands separators ("1,234", "1.234.567", "1 234", "1'234"),
 * full-width characters ("１，２３４"), a leading "+", and magnitude suffixes ("1.2万", "3.4亿", "1.2w",
 * "12.5K"/"12.5k", "1.2M", "1.5B"); amounts also take a decimal comma ("1.234,50") and a currency symbol or code
 * before or after ("¥1,234.50", "RM1,234.50", "1.234,50 €"). A suffix makes the value `approximate`: dashboards
 * round "1.2万" from anything near 12,000. Anything else is reported with the text, never guessed.
 */
export type Parsed = { ok: true; value: number; approximate?: true } | { ok: false; reason: string };

/** Powers of ten of the magnitude suffixes. Lowercase "m" and "b" are not read: they also mean minutes and bytes. */
const SUFFIX = new Map<string, number>([
  ['万', 4],
  ['萬', 4],
  ['w', 4],
  ['W', 4],
  ['亿', 8],
  ['億', 8],
  ['k', 3],
  ['K', 3],
  ['M', 6],
  ['B', 9],
]);

const CURRENCY = '(?:[A-Z]{0,2}\\$|RM|Rp|¥|€|£|₩|₫|₱|฿|₹|元|CNY|RMB|USD|EUR|GBP|MYR|IDR|SGD|THB|PHP|VND|JPY)';
const CURRENCY_BEFORE = new RegExp(`^${CURRENCY}`, 'i');
const CURRENCY_AFTER = new RegExp(`${CURRENCY}$`, 'i');

/** A whole-number count: "1,234" is 1234; "1.5", "¥12" and "-3" are reported. */
export function parseCount(text: string): Parsed {
  return parse(text, 'count');
}

/** A money or decimal value: "¥1,234.50" is 1234.5, "€1.234,50" too; a negative value is reported. */
export function parseAmount(text: string): Parsed {
  return parse(text, 'amount');
}

function parse(text: string, kind: 'count' | 'amount'): Parsed {
  const shown = `"${Array.from(text.trim()).slice(0, 40).join('')}"`;
  const fail = (reason: string): Parsed => ({ ok: false, reason });
  let s = normalizeNumberText(text);
  let sign = '';
  const takeSign = () => {
    if (sign === '' && (s[0] === '+' || s[0] === '-')) {
      sign = s[0];
      s = s.slice(1).trimStart();
    }
  };
  takeSign();
  const before = CURRENCY_BEFORE.exec(s);
  if (before) s = s.slice(before[0].length).trimStart();
  takeSign(); // "¥-5" as well as "-¥5"
  const after = before ? null : CURRENCY_AFTER.exec(s);
  if (after) s = s.slice(0, -after[0].length).trimEnd();
  const power = s.length > 1 ? SUFFIX.get(s[s.length - 1]) : undefined;
  if (power !== undefined) s = s.slice(0, -1).trimEnd();

  const digits = splitDigits(s, power !== undefined);
  if (!digits.ok) {
    if (digits.why === 'mixed') return fail(`${shown} mixes separators`);
    if (digits.why === 'grouping') return fail(`${shown} has separators in the wrong places`);
    return fail(`not a number: ${shown}`);
  }
  if (sign === '-') return fail(`${shown} is below zero`);
  if (kind === 'count' && (before || after)) return fail(`${shown} is money, not a count`);

  const { int, frac } = scale(digits.int, digits.frac, power ?? 0);
  if (kind === 'count' && /[1-9]/.test(frac)) return fail(`${shown} is not a whole count`);
  // A count printed with decimals ("12.00") is probably another tile's amount: report it too.
  if (kind === 'count' && power === undefined && frac !== '') return fail(`${shown} is not a whole count`);
  const value = kind === 'count' || frac === '' ? Number(int) : Number(`${int}.${frac}`);
  if (!(value <= Number.MAX_SAFE_INTEGER)) return fail(`${shown} is too large`);
  return power === undefined ? { ok: true, value } : { ok: true, value, approximate: true };
}

/** Moves the decimal point `power` places right, on the digits themselves, so "3.4亿" is exactly 340000000. */
function scale(int: string, frac: string, power: number): { int: string; frac: string } {
  if (power === 0) return { int, frac };
  const digits = int + frac;
  const point = int.length + power;
  if (point >= digits.length) return { int: digits + '0'.repeat(point - digits.length), frac: '' };
  return { int: digits.slice(0, point), frac: digits.slice(point) };
}
