import type { HolidayCalendar } from './calendar';

/**
 * US federal holidays, as observed (a Saturday holiday is observed the Friday before, a Sunday one the
 * Monday after). TikTok Shop US counts no federal holiday as a business day (FAQ knowledge_id
 * 8064131472115499, ../shared/domain/logistics-score.md §3). tests/unit/core/scorecards/calendars
 * recomputes every date from the statute's rules.
 */
export const usFederal: HolidayCalendar = {
  id: 'us-federal',
  label: 'US federal holidays',
  years: [2025, 2026, 2027],
  off: [
    // 2025: New Year, MLK, Washington's Birthday, Memorial, Juneteenth, Independence, Labor, Columbus, Veterans, Thanksgiving, Christmas
    '2025-01-01',
    '2025-01-20',
    '2025-02-17',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-10-13',
    '2025-11-11',
    '2025-11-27',
    '2025-12-25',
    // 2026: Independence Day falls on a Saturday, observed Friday 3 July
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
    // 2027: Juneteenth and Christmas fall on Saturdays (observed Fridays), Independence Day on a Sunday (Monday)
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
  ],
  worked: [],
  source: {
    title: 'Federal holidays (5 U.S.C. 6103), as observed by the US Office of Personnel Management',
    reference: '5 U.S.C. 6103; Executive Order 11582 (observance on the nearest weekday)',
    checked: '2026-12-05',
  },
};
