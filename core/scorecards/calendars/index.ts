import type { HolidayCalendar } from './calendar';
import { cnPublic } from './cn-public';
import { usFederal } from './us-federal';

/** Every built-in holiday calendar by id; a scorecard's rule clock names one. */
export const calendars: Record<string, HolidayCalendar> = { [usFederal.id]: usFederal, [cnPublic.id]: cnPublic };

export { businessDayTest, type HolidayCalendar, isoDate } from './calendar';
