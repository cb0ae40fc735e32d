/**
 * Cell readers shared by both formats. Every reader returns null for "cannot read this", and the
 * format turns that into a rejected row naming the column: we never guess a value.
 */

/**
 * Trims a cell. Douyin wraps long ids as "\t6917…" so that Excel keeps them as text instead of
 * rounding them to 15 significant digits; TikTok leaves a trailing tab on some cells for the same
 * reason. Both are whitespace around the value, so trimming unwraps them.
 */
export const cell = (value: string | undefined): string => (value === undefined ? '' : value.trim());

// A currency code or symbol may lead ("RM 12.00", "¥29.90", "USD 5"); one thousands separator style.
const AMOUNT = /^(?:[A-Za-z]{1,3}\s*)?[$€£¥￥₫฿₱]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * The commonest amount, plain digits with at most two decimals ("12.34", "29.9", "5"), read by character
 * code as the expression below would read it; null for any other shape. Up to 15 digits, so the whole
 * part is exact as `Number` would give it.
 */
function plainAmount(text: string): number | null {
  const n = text.length;
  let whole = 0;
  let i = 0;
  for (; i < n && i < 16; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  if (i === 0 || i > 15) return null;
  let cents = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 || n - i < 2 || n - i > 3) return null; // '.' then one or two digits
    const a = text.charCodeAt(i + 1) - 48;
    const b = n - i === 3 ? text.charCodeAt(i + 2) - 48 : 0;
    if (a < 0 || a > 9 || b < 0 || b > 9) return null;
    cents = a * 10 + b;
  }
  const fen = whole * 100 + cents;
  return Number.isSafeInteger(fen) ? fen : null;
}

/** "1,234.50" → 123450 hundredths. Negative amounts and European decimal commas are refused. */
export function amountFen(text: string): number | null {
  const plain = plainAmount(text);
  if (plain !== null) return plain;
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const whole = Number(m[1].replace(/,/g, ''));
  const cents = m[2] === undefined ? 0 : Number(m[2].padEnd(2, '0'));
  const fen = whole * 100 + cents;
  return Number.isSafeInteger(fen) ? fen : null;
}

/** A line's item count: a whole number from 0 (a line fully returned before export) up. */
export function quantity(text: string): number | null {
  // By character code, as /^\d{1,9}$/ and Number would read it: it runs on every line.
  const n = text.length;
  if (n < 1 || n > 9) return null;
  let q = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    q = q * 10 + d;
  }
  return q;
}

/**
 * Douyin's 快递信息 holds the carrier's name and the tracking number ("中通快递 75891…",
 * "圆通速递:YT88…", several parcels separated by ";"). We keep the first carrier name only: a
 * tracking number opens the carrier's public tracking page, which can show the buyer's city and
 * a masked name, and the model needs none of it.
 */
export function carrierName(text: string): string {
  const m = /^[^\d\s:：,，;；|/]+/.exec(text);
  return m ? m[0] : '';
}

/** Longest product label kept: enough to tell products apart in a report, small in a chunk's dictionary. */
export const PRODUCT_CHARS = 64;

/**
 * The order's product as the seller named it (its listing's name, else the seller's own SKU code) with
 * its spaces collapsed, cut to PRODUCT_CHARS characters (whole characters: a cut never splits an emoji
 * or a surrogate pair). Both are the seller's words about the item; neither says who bought it.
 * Applied once per distinct name when the export is finished, not once per line.
 */
export function productLabel(text: string): string {
  const label = text.trim().replace(/\s+/g, ' ');
  const chars = Array.from(label);
  return chars.length > PRODUCT_CHARS ? chars.slice(0, PRODUCT_CHARS).join('') : label;
}
