import { describe, expect, it } from 'vitest';
import { defaultSettings, MAX_CALENDAR_DAYS, settingsSchema } from '../../../../core/settings/settings';

const messages = (input: unknown) => {
  const r = settingsSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('settings: the seller calendar and pickup weekdays', () => {
  it('reads a file from before them as before, plus empty lists', () => {
    // A version-1 file as the extension wrote it until now: no `calendar`, pickups without `days`.
    const { calendar: _, ...old } = structuredClone(defaultSettings);
    const parsed = settingsSchema.parse(JSON.parse(JSON.stringify(old)));
    expect(parsed).toEqual({
      ...old,
      calendar: { platformExtensions: [], warehouseClosed: [], carrierClosed: [], forceMajeure: [] },
    });
    expect(parsed).toEqual(defaultSettings);
    expect(parsed.stages.ship.pickups.every((p) => p.days === undefined)).toBe(true); // every day, as before
  });

  it('gives each parse its own empty lists', () => {
    const a = settingsSchema.parse(defaultSettings);
    const b = settingsSchema.parse({ ...defaultSettings, calendar: undefined });
    b.calendar.warehouseClosed.push('2026-11-26');
    expect(a.calendar.warehouseClosed).toEqual([]);
    expect(settingsSchema.parse({ ...defaultSettings, calendar: undefined }).calendar.warehouseClosed).toEqual([]);
  });

  it('keeps the days and the weekdays the seller set', () => {
    const file = structuredClone(defaultSettings);
    file.calendar = {
      platformExtensions: ['2026-12-01'],
      warehouseClosed: ['2026-11-26'],
      carrierClosed: ['2026-12-25'],
      forceMajeure: ['2026-11-27'],
    };
    file.stages.ship.pickups[0].days = 'Mon-Sat';
    expect(settingsSchema.parse(file)).toEqual(file);
  });

  it('names a date that is not one, a list that is too long and pickup days it cannot read', () => {
    const file = structuredClone(defaultSettings);
    // 2026-02-30 does not exist; "27/11/2026" is not YYYY-MM-DD.
    file.calendar = { platformExtensions: ['2026-02-30'], warehouseClosed: ['27/11/2026'], carrierClosed: [] };
    file.stages.ship.pickups[1].days = 'weekdays';
    expect(messages(file)).toEqual([
      'stages.ship.pickups.1.days: expected days such as "Mon-Fri" or "Sat,Sun"',
      'calendar.platformExtensions.0: expected dates as "YYYY-MM-DD", such as "2026-11-27"',
      'calendar.warehouseClosed.0: expected dates as "YYYY-MM-DD", such as "2026-11-27"',
    ]);
    const long = structuredClone(defaultSettings);
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    long.calendar = {
      platformExtensions: [],
      warehouseClosed: [],
      carrierClosed: Array.from({ length: MAX_CALENDAR_DAYS + 1 }, (_, i) => day(i)),
    };
    expect(messages(long)).toEqual([`calendar.carrierClosed: expected at most ${MAX_CALENDAR_DAYS} dates`]);
  });
});
