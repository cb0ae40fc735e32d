import { describe, expect, it } from 'vitest';
import { businessDayTest, calendars } from '../../../../../core/scorecards/calendars';
import { cnPublic } from '../../../../../core/scorecards/calendars/cn-public';
import { usFederal } from '../../../../../core/scorecards/calendars/us-federal';

/** The statute's rules (5 U.S.C. 6103 with the nearest-weekday observance), computed independently of the list. */
function federalHolidays(year: number): string[] {
  const iso = (m: number, d: number) => new Date(Date.UTC(year, m - 1, d)).toISOString().slice(0, 10);
  const nth = (m: number, weekday: number, n: number) => {
    const first = new Date(Date.UTC(year, m - 1, 1)).getUTCDay();
    return iso(m, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1));
  };
  const last = (m: number, weekday: number) => {
    const end = new Date(Date.UTC(year, m, 0));
    return iso(m, end.getUTCDate() - ((end.getUTCDay() - weekday + 7) % 7));
  };
  const observed = (m: number, d: number) => {
    const wd = new Date(Date.UTC(year, m - 1, d)).getUTCDay();
    return iso(m, wd === 6 ? d - 1 : wd === 0 ? d + 1 : d);
  };
  return [
    observed(1, 1),
    nth(1, 1, 3), // Martin Luther King Jr.: third Monday of January
    nth(2, 1, 3), // Washington's Birthday: third Monday of February
    last(5, 1), // Memorial Day: last Monday of May
    observed(6, 19),
    observed(7, 4),
    nth(9, 1, 1), // Labor Day: first Monday of September
    nth(10, 1, 2), // Columbus Day: second Monday of October
    observed(11, 11),
    nth(11, 4, 4), // Thanksgiving: fourth Thursday of November
    observed(12, 25),
  ];
}

describe('holiday calendars', () => {
  it('lists every US federal holiday as observed, for each year it covers', () => {
    for (const year of usFederal.years) {
      expect(usFederal.off.filter((d) => d.startsWith(`${year}-`))).toEqual(federalHolidays(year));
    }
  });

  it('skips Thanksgiving and the weekend but not the day after (TikTok US counts no federal holiday)', () => {
    const isBusiness = businessDayTest(usFederal);
    // 2026-11-26 is Thanksgiving (Thursday, weekday 3); Friday 27 is no federal holiday; Saturday 28 is a weekend.
    expect(isBusiness(2026, 11, 26, 3)).toBe(false);
    expect(isBusiness(2026, 11, 27, 4)).toBe(true);
    expect(isBusiness(2026, 11, 28, 5)).toBe(false);
  });

  it('follows the State Council: Spring Festival off, the Saturdays before and after it worked', () => {
    const isBusiness = businessDayTest(cnPublic);
    // 2026-02-16 (Monday) is in the 15–23 February break; 2026-02-14 and 2026-02-28 are Saturdays worked.
    expect(isBusiness(2026, 2, 16, 0)).toBe(false);
    expect(isBusiness(2026, 2, 14, 5)).toBe(true);
    expect(isBusiness(2026, 2, 28, 5)).toBe(true);
    // National Day: 1–7 October off, Saturday 10 October worked.
    expect(isBusiness(2026, 10, 7, 2)).toBe(false);
    expect(isBusiness(2026, 10, 10, 5)).toBe(true);
  });

  it('adds the days the seller names (a platform-announced extension) to a calendar', () => {
    const isBusiness = businessDayTest(usFederal, ['2026-12-24']);
    expect(isBusiness(2026, 12, 24, 3)).toBe(false);
    expect(isBusiness(2026, 12, 23, 2)).toBe(true);
  });

  it('names a source and a check date for every calendar', () => {
    for (const c of Object.values(calendars)) {
      expect(c.source.reference.length).toBeGreaterThan(10);
      expect(c.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
