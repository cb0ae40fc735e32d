import { timeLocale } from '../format';
import { t } from '../i18n';
import type { Column } from './DataTable';

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

/** The first column of a table over time: the instant in the zone on the page, ISO in UTC in the CSV. */
export const timeColumn = <R extends { at: number }>(timeZone: string): Column<R> => ({
  header: t('col_time'),
  csv: 'Time (UTC)',
  value: (r) => isoAt(r.at),
  show: (r) => formatAt(r.at, timeZone),
  rowHeader: true,
});
