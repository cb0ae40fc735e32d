import { epochFromLocal, MINUTE } from '../lib/time';

/**
 * Timestamps as the exports print them: local wall-clock time in the shop's zone, no offset.
 * Year-first (`2026-11-25 10:00:00`, `2026/11/25 10:00`) is unambiguous and always accepted;
 * slash dates with the year last are day-first or month-first by the caller's word, never guessed
 * (`03/04/2026` is 3 April in London and March 4 in Los Angeles). Seconds are optional throughout, and
 * a 12-hour clock with AM/PM is read too (`03/01/2026 10:00:00 AM`, as US exports print it).
 */
export type SlashOrder = 'DMY' | 'MDY' | 'none';

/** Empty, or the placeholders spreadsheets and back offices print for "no time yet". */
const NONE = new Set(['', '-', '--', '/', 'N/A']);
const YEAR_FIRST = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const YEAR_LAST = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const QUARTER = 15;
/** Bounds the cache: a year of orders touches ~35,000 quarter hours. */
const CACHE_LIMIT = 100_000;
/** Slots of the direct-mapped cache in front of it (a power of two). */
const SLOTS = 1024;

/** Reads one cell: the instant, NaN when the cell says "no time", null when it is not a timestamp.
 * `form` describes what it accepts, for the message of a rejected row; `implausible` says why a read
 * instant cannot be kept (the reader adds it: core/exports/reader.ts). */
export type TimestampReader = ((text: string) => number | null) & {
  form: string;
  implausible?: (t: number) => string | null;
};

const FORMS: Record<SlashOrder, string> = {
  DMY: 'DD/MM/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS',
  MDY: 'MM/DD/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS',
  none: 'YYYY-MM-DD HH:MM:SS or YYYY/MM/DD HH:MM',
};

/** Two digits at `i` as a number, or -1. */
function twoDigits(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48;
  const b = t.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Where `fields` puts [year, month, day, hour, minute, second]: one scratch array for every call, as
 * a million-row import reads six million timestamps and a fresh array for each was garbage to collect.
 */
const F = new Int32Array(6);

function put(y: number, mo: number, d: number, h: number, mi: number, s: number): true {
  F[0] = y;
  F[1] = mo;
  F[2] = d;
  F[3] = h;
  F[4] = mi;
  F[5] = s;
  return true;
}

/**
 * The two shapes real exports print, "YYYY-MM-DD HH:MM:SS" and "DD/MM/YYYY HH:MM:SS", read by character
 * code: a million-row import carries about four million timestamps, and the regular expressions below
 * were most of its time. Anything else (no seconds, one-digit fields, T) goes on to them: false.
 */
function fixedFields(t: string, slash: SlashOrder): boolean {
  if (t.length !== 19 || t.charCodeAt(10) !== 32 || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return false;
  const h = twoDigits(t, 11);
  const mi = twoDigits(t, 14);
  const s = twoDigits(t, 17);
  if (h < 0 || mi < 0 || s < 0) return false;
  if (t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45) {
    const c = twoDigits(t, 0);
    const y = twoDigits(t, 2);
    const mo = twoDigits(t, 5);
    const d = twoDigits(t, 8);
    return c >= 0 && y >= 0 && mo >= 0 && d >= 0 && put(c * 100 + y, mo, d, h, mi, s);
  }
  if (slash !== 'none' && t.charCodeAt(2) === 47 && t.charCodeAt(5) === 47) {
    const a = twoDigits(t, 0);
    const b = twoDigits(t, 3);
    const c = twoDigits(t, 6);
    const y = twoDigits(t, 8);
    if (a < 0 || b < 0 || c < 0 || y < 0) return false;
    return slash === 'DMY' ? put(c * 100 + y, b, a, h, mi, s) : put(c * 100 + y, a, b, h, mi, s);
  }
  return false;
}

/** Fills F with the fields as written; false for another shape. */
function fields(text: string, slash: SlashOrder): boolean {
  if (fixedFields(text, slash)) return true;
  const a = YEAR_FIRST.exec(text);
  if (a) return put(+a[1], +a[3], +a[4], +a[5], +a[6], +(a[7] ?? 0));
  const b = slash === 'none' ? null : YEAR_LAST.exec(text);
  if (!b) return false;
  const [day, month] = slash === 'DMY' ? [+b[1], +b[2]] : [+b[2], +b[1]];
  return put(+b[3], month, day, +b[4], +b[5], +(b[6] ?? 0));
}

/**
 * 0 for a 24-hour time, 1 for one ending in AM, 2 in PM (any case, space optional). By character code:
 * most cells have neither, and this runs on every one.
 */
function meridiem(t: string): number {
  const n = t.length;
  if (n < 6 || (t.charCodeAt(n - 1) | 32) !== 109) return 0; // 'm'
  const ap = t.charCodeAt(n - 2) | 32;
  return ap === 97 ? 1 : ap === 112 ? 2 : 0; // 'a', 'p'
}

export function timestampReader(timeZone: string, slash: SlashOrder): TimestampReader {
  // Asking Intl costs microseconds and a million rows carry several million timestamps, but zones
  // only change offset on quarter hours, so one answer per local quarter hour serves every row in it.
  const quarterStarts = new Map<number, number>();
  const slotKeys = new Int32Array(SLOTS).fill(-1); // keys are ≥ 0 (year ≥ 0, month and day ≥ 1)
  const slotStarts = new Float64Array(SLOTS);
  const read = (text: string): number | null => {
    // The shape first: a real timestamp is never a placeholder, and hashing every cell for the Set
    // lookup was a third of this function's time.
    if (text === '') return Number.NaN; // the commonest cell of all (not yet shipped, never cancelled): NONE
    const half = meridiem(text);
    if (!fields(half === 0 ? text : text.slice(0, -2).trimEnd(), slash)) return NONE.has(text) ? Number.NaN : null;
    const y = F[0];
    const mo = F[1];
    const d = F[2];
    let h = F[3];
    if (half !== 0) {
      // 12:30 AM is 00:30 and 12:30 PM is 12:30; "0:30 AM" or "13:00 PM" is no 12-hour time.
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (half === 2 ? 12 : 0);
    }
    const mi = F[4];
    const s = F[5];
    // Range checks first: they also keep the cache key below unique.
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
    const minuteOfDay = h * 60 + mi;
    const quarter = Math.floor(minuteOfDay / QUARTER);
    const key = ((y * 12 + mo) * 31 + d) * 96 + quarter;
    // A small direct-mapped cache before the Map: nearby rows hit the same few quarter hours, and
    // comparing two integers is cheaper than the Map's hashing and probing for every cell.
    const slot = key & (SLOTS - 1);
    if (slotKeys[slot] === key) return slotStarts[slot] + (minuteOfDay - quarter * QUARTER) * MINUTE + s * 1000;
    let start = quarterStarts.get(key);
    if (start === undefined) {
      // Date.UTC would roll 31/02 over into March; a real export never prints it, so it is an error.
      if (new Date(Date.UTC(y, mo, 0)).getUTCDate() < d) return null;
      if (quarterStarts.size >= CACHE_LIMIT) quarterStarts.clear();
      start = epochFromLocal(timeZone, y, mo, d, quarter * QUARTER);
      quarterStarts.set(key, start);
    }
    slotKeys[slot] = key;
    slotStarts[slot] = start;
    return start + (minuteOfDay - quarter * QUARTER) * MINUTE + s * 1000;
  };
  return Object.assign(read, { form: FORMS[slash] });
}
