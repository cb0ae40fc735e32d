/**
 * A country's public holidays as dated, sourced data: the days off that fall on weekdays and, where the
 * country moves working days onto weekends (China's 调休), the weekend days worked. Business days are the
 * weekdays not off plus the weekend days worked; a date outside `years` is an ordinary day, and the
 * options page says which years a calendar covers.
 */
export type HolidayCalendar = {
  id: string;
  label: string;
  /** The years the lists below are complete for. */
  years: readonly number[];
  /** Days off (YYYY-MM-DD), weekends included where the source lists them. */
  off: readonly string[];
  /** Weekend days that are working days (YYYY-MM-DD). */
  worked: readonly string[];
  source: { title: string; reference: string; checked: string };
};

/** `YYYY-MM-DD` of a local date. */
export const isoDate = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A business-day test for a calendar plus the days the seller adds (platform-announced extensions,
 * closures): `weekday` is 0 = Monday … 6 = Sunday, as in core/lib/time.ts.
 */
export function businessDayTest(
  calendar: HolidayCalendar | null,
  extraOff: readonly string[] = [],
): (year: number, month: number, day: number, weekday: number) => boolean {
  const off = new Set([...(calendar?.off ?? []), ...extraOff]);
  const worked = new Set(calendar?.worked ?? []);
  if (off.size === 0 && worked.size === 0) return (_y, _m, _d, weekday) => weekday < 5;
  return (year, month, day, weekday) => {
    const date = isoDate(year, month, day);
    if (off.has(date)) return false;
    return weekday < 5 || worked.has(date);
  };
}
