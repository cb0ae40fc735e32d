/**
 * Folds the characters dashboards print around numbers to plain ASCII, so that one grammar reads them all:
 * full-width digits and punctuation ("１，２３４", "１２．５万", "￥"), every kind of space (no-break, thin, narrow
 * no-break, ideographic) to " ", typographic apostrophes (Swiss "1’234") to "'", the minus sign to "-", and
 * invisible direction and zero-width marks removed. Surrounding whitespace is trimmed.
 */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

export function normalizeNumberText(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0xff01 && c <= 0xff5e)
      out += String.fromCharCode(c - 0xfee0); // full-width ASCII
    else if (c === 0xffe5) out += '¥';
    else if (c === 0xffe1) out += '£';
    else if (c === 0x2019 || c === 0x02bc) out += "'";
    else if (c === 0x2212) out += '-';
    else out += ch;
  }
  return out.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

export type Digits =
  | { ok: true; int: string; frac: string }
  | { ok: false; why: 'not-a-number' | 'mixed' | 'grouping' };

const BODY = /^\d+(?:[.,' ]\d+)*$/;
const FIRST_GROUP = /^[1-9]\d{0,2}$/;

/**
 * Splits a normalized number without sign, currency or suffix into integer and fraction digits.
 * - Several separators of one kind group thousands: "1,234,567", "1.234.567", "1 234 567", "1'234'567".
 * - Two kinds: the last one, once and at the end, is the decimal mark: "1,234.50", "1.234,50", "1 234,50".
 * - One "," or "." alone groups thousands when exactly three digits follow it and a group of one to three
 *   digits precedes it ("1.234" and "1,234" are 1234); otherwise it is a decimal mark ("1.5", "1,50", "0.125").
 *   After a magnitude suffix a lone "." is always decimal ("1.234万" is 12,340).
 * Indian grouping ("1,23,456") is not read: none of the dashboards we support prints it, so it is reported.
 */
export function splitDigits(body: string, suffixed: boolean): Digits {
  if (!BODY.test(body)) return { ok: false, why: 'not-a-number' };
  const runs = body.split(/[.,' ]/);
  const seps = body.replace(/\d+/g, '').split('');
  if (seps.length === 0) return { ok: true, int: body, frac: '' };
  const last = seps[seps.length - 1];
  const kinds = new Set(seps).size;
  const markable = last === '.' || last === ',';
  let decimal = false;
  if (kinds > 2) return { ok: false, why: 'mixed' };
  if (kinds === 2) {
    if (!markable || seps.indexOf(last) !== seps.length - 1) return { ok: false, why: 'mixed' };
    decimal = true;
  } else if (markable && seps.length === 1) {
    const groups = runs[1].length === 3 && FIRST_GROUP.test(runs[0]);
    decimal = (suffixed && last === '.') || !groups;
  }
  const intRuns = decimal ? runs.slice(0, -1) : runs;
  if (intRuns.length > 1 && !(FIRST_GROUP.test(intRuns[0]) && intRuns.slice(1).every((r) => r.length === 3))) {
    return { ok: false, why: 'grouping' };
  }
  return { ok: true, int: intRuns.join(''), frac: decimal ? runs[runs.length - 1] : '' };
}
