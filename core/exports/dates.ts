import { epochFromLocal, MINUTE } from '../time';

/**
 * Timestamps as the exports print them: local wall-clock time in the shop's zone, no offset.
 * Year-first (`2026-11-25 10:00:00`, `2026/11/25 10:00`) is unambiguous and always accepted;
 * slash dates with the year last are day-first or month-first by the caller's word, never guessed
 * (`03/04/2026` is 3 April in London and March 4 in Los Angeles). Seconds are optional throughout.
 */
export type SlashOrder = 'DMY' | 'MDY' | 'none';

/** Empty, or the placeholders spreadsheets and back offices print for "no time yet". */
const NONE = new Set(['', '-', '--', '/', 'N/A']);
const YEAR_FIRST = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const YEAR_LAST = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const QUARTER = 15;
/** Bounds the cache: a year of orders touches ~35,000 quarter hours. */
const CACHE_LIMIT = 100_000;

/** Reads one cell: the instant, NaN when the cell says "no time", null when it is not a timestamp.
 * `form` describes what it accepts, for the message of a rejected row. */
export type TimestampReader = ((text: string) => number | null) & { form: string };

const FORMS: Record<SlashOrder, string> = {
  DMY: 'DD/MM/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS',
  MDY: 'MM/DD/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS',
  none: 'YYYY-MM-DD HH:MM:SS or YYYY/MM/DD HH:MM',
};

/** [year, month, day, hour, minute, second] as written, or null for another shape. */
function fields(text: string, slash: SlashOrder): number[] | null {
  const a = YEAR_FIRST.exec(text);
  if (a) return [+a[1], +a[3], +a[4], +a[5], +a[6], +(a[7] ?? 0)];
  const b = slash === 'none' ? null : YEAR_LAST.exec(text);
  if (!b) return null;
  const [day, month] = slash === 'DMY' ? [+b[1], +b[2]] : [+b[2], +b[1]];
  return [+b[3], month, day, +b[4], +b[5], +(b[6] ?? 0)];
}

export function timestampReader(timeZone: string, slash: SlashOrder): TimestampReader {
  // Asking Intl costs microseconds and a million rows carry several million timestamps, but zones
  // only change offset on quarter hours, so one answer per local quarter hour serves every row in it.
  const quarterStarts = new Map<number, number>();
  const read = (text: string): number | null => {
    if (NONE.has(text)) return Number.NaN;
    const p = fields(text, slash);
    if (!p) return null;
    const [y, mo, d, h, mi, s] = p;
    // Range checks first: they also keep the cache key below unique.
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
    const minuteOfDay = h * 60 + mi;
    const quarter = Math.floor(minuteOfDay / QUARTER);
    const key = ((y * 12 + mo) * 31 + d) * 96 + quarter;
    let start = quarterStarts.get(key);
    if (start === undefined) {
      // Date.UTC would roll 31/02 over into March; a real export never prints it, so it is an error.
      if (new Date(Date.UTC(y, mo, 0)).getUTCDate() < d) return null;
      if (quarterStarts.size >= CACHE_LIMIT) quarterStarts.clear();
      start = epochFromLocal(timeZone, y, mo, d, quarter * QUARTER);
      quarterStarts.set(key, start);
    }
    return start + (minuteOfDay - quarter * QUARTER) * MINUTE + s * 1000;
  };
  return Object.assign(read, { form: FORMS[slash] });
}
