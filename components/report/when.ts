import { timeLocale } from '../format';

/** Date and time in the warehouse's zone for the report ("25 Nov 2026, 19:05"); the CSV gets ISO instants. */
export function formatAt(at: number | null, timeZone: string): string {
  if (at === null) return '—';
  return new Intl.DateTimeFormat(timeLocale(), { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** Only the time of day ("19:05"), for points within one stream. */
export const formatClock = (at: number, timeZone: string): string =>
  new Intl.DateTimeFormat(timeLocale(), { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);

/** An instant for a CSV: ISO 8601 in UTC, which every spreadsheet reads and nobody misreads. */
export const isoAt = (at: number | null): string | null => (at === null ? null : new Date(at).toISOString());
