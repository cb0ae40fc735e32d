import { describe, expect, it } from 'vitest';
import { offsetFn } from '../../../../core/lib/time';
import { runPipeline } from '../../../../core/model/capacity';
import { clearTime } from '../../../../core/model/lateness';
import { lastPickupIn, nextPickupAfter, nextPickupAt, pickupMinutes } from '../../../../core/model/pickups';
import { arrivals, settingsWith, sh } from '../../helpers';

// The seller's own calendar (issue #12 clause 3) on the default warehouse: Asia/Shanghai, 4 packers × 25/h
// = 100/h = 5/3 orders a minute, 09:00–18:00 every day; pickups at 11:00 and 17:00 of at most 400 parcels.
// 2026-11-25 is a Wednesday, 2026-11-28 a Saturday, 2026-11-30 a Monday.
const WED_10 = sh('2026-11-25', '10:00');

describe('a warehouse closed day', () => {
  it('packs nothing that local day: the backlog carries over to the next open day', () => {
    // 1000 orders at Wed 10:00, warehouse closed Thu 26. Wed 10:00–18:00 packs 8 h × 100 = 800; the
    // pickups take 100 (Wed 11:00) + 400 (Wed 17:00, the limit) + 300 (Thu 11:00, all that is packed).
    // Thu packs nothing; Fri 09:00–11:00 packs the other 2 h × 100 = 200, which Fri 11:00 takes.
    // Open on Thursday, the same 200 would have left on Thu 11:00 (capacity.test.ts: cleared Thu 17:00).
    const s = settingsWith((x) => {
      x.calendar = { platformExtensions: [], warehouseClosed: ['2026-11-26'], carrierClosed: [] };
    });
    const run = runPipeline({ settings: s, t0: WED_10, arrivals: arrivals(1, { 0: 1000 }) });
    expect(run.packed[479]).toBeCloseTo(800, 9); // Wed 17:59
    expect(run.shipped[1500]).toBe(800); // Thu 11:00 (1 day + 1 h = 1500 min): the 800 packed Wednesday
    expect(run.packed[1440 + 479]).toBeCloseTo(800, 9); // Thu 17:59: still 800, nobody packed
    expect(run.shipped[1860]).toBe(800); // Thu 17:00: nothing more to take
    expect(run.packed[2 * 1440 - 61]).toBeCloseTo(800, 9); // Fri 08:59: 200 still wait in pick & pack
    expect(clearTime(run, 0)).toBe(sh('2026-11-27', '11:00'));
  });
});

describe('a carrier closed day and pickup weekdays in the run', () => {
  it('skips every pickup of the carrier’s closed day', () => {
    // 300 orders at Wed 10:00, all packed by 13:00; carrier closed Wed 25: the 11:00 and 17:00 pickups
    // do not come, Thu 11:00 (index 1500) takes all 300 (< 400).
    const s = settingsWith((x) => {
      x.calendar = { platformExtensions: [], warehouseClosed: [], carrierClosed: ['2026-11-25'] };
    });
    const run = runPipeline({ settings: s, t0: WED_10, arrivals: arrivals(1, { 0: 300 }) });
    expect(run.shipped[420]).toBe(0); // Wed 17:00: no pickup
    expect(run.shipped[1500]).toBe(300);
    expect(clearTime(run, 0)).toBe(sh('2026-11-26', '11:00'));
  });

  it('takes nothing on a day the pickups do not run (Mon-Sat: no Sunday collection)', () => {
    // 100 orders at Sat 17:30: 30 min × 5/3 = 50 packed by 18:00, the other 50 Sun 09:00–09:30. The Sat
    // 17:00 pickup has passed; Sunday's do not run → Mon 11:00 takes all 100 (every day: Sun 11:00).
    const t0 = sh('2026-11-28', '17:30');
    const week = settingsWith((x) => {
      for (const p of x.stages.ship.pickups) p.days = 'Mon-Sat';
    });
    const daily = runPipeline({ settings: settingsWith(), t0, arrivals: arrivals(1, { 0: 100 }) });
    const run = runPipeline({ settings: week, t0, arrivals: arrivals(1, { 0: 100 }) });
    expect(clearTime(daily, 0)).toBe(sh('2026-11-29', '11:00'));
    expect(clearTime(run, 0)).toBe(sh('2026-11-30', '11:00'));
  });
});

describe('pickups.ts: the next and the last pickup', () => {
  // A US carrier that does not collect on Sunday: 10:00 and 16:00 Mon-Sat, Los Angeles (PST, UTC−8).
  const la = (local: string) => Date.parse(`${local}-08:00`);
  const zone = offsetFn('America/Los_Angeles', la('2026-11-20T00:00'), la('2026-12-20T00:00'));
  const times = [
    { time: '16:00', days: 'Mon-Sat' },
    { time: '10:00', days: 'Mon-Sat' },
  ];

  it('nextPickupAt on a Saturday evening is Monday’s first pickup', () => {
    // Sat 28 Nov 19:00: Saturday's 16:00 has passed, Sunday has none → Mon 30 Nov 10:00.
    expect(nextPickupAt(zone, pickupMinutes(times), la('2026-11-28T19:00'))).toBe(la('2026-11-30T10:00'));
    // Every day (no days set): Sun 29 Nov 10:00.
    expect(nextPickupAt(zone, pickupMinutes([{ time: '10:00' }]), la('2026-11-28T19:00'))).toBe(la('2026-11-29T10:00'));
  });

  it('skips a carrier closed day too', () => {
    // Monday 30 Nov closed as well: Sun none, Mon closed → Tue 1 Dec 10:00.
    const closed = pickupMinutes(times, ['2026-11-30']);
    expect(nextPickupAt(zone, closed, la('2026-11-28T19:00'))).toBe(la('2026-12-01T10:00'));
    // A ready parcel at Mon 09:00 waits for Tuesday, not for Monday's 10:00.
    expect(nextPickupAt(zone, closed, la('2026-11-30T09:00'))).toBe(la('2026-12-01T10:00'));
  });

  it('lastPickupIn looks back past the days without pickups', () => {
    // The last pickup by Tue 1 Dec 09:00: Mon closed, Sun none → Sat 28 Nov 16:00; from Sunday on: none.
    const closed = pickupMinutes(times, ['2026-11-30']);
    expect(lastPickupIn(zone, closed, la('2026-11-25T00:00'), la('2026-12-01T09:00'))).toBe(la('2026-11-28T16:00'));
    expect(lastPickupIn(zone, closed, la('2026-11-29T00:00'), la('2026-12-01T09:00'))).toBeNaN();
  });

  it('nextPickupAfter follows the weekdays and the carrier closed days of the settings', () => {
    // Default Shanghai pickups 11:00 and 17:00 of 400, now Mon-Sat, carrier closed Mon 30 Nov:
    // after Sat 28 Nov 19:00 → Sun none, Mon closed → Tue 1 Dec 11:00.
    const s = settingsWith((x) => {
      for (const p of x.stages.ship.pickups) p.days = 'Mon-Sat';
      x.calendar = { platformExtensions: [], warehouseClosed: [], carrierClosed: ['2026-11-30'] };
    });
    expect(nextPickupAfter(sh('2026-11-28', '19:00'), s)).toEqual({ at: sh('2026-12-01', '11:00'), maxParcels: 400 });
    // Strictly after: at 11:00 itself, the next is 17:00.
    expect(nextPickupAfter(sh('2026-12-01', '11:00'), s)?.at).toBe(sh('2026-12-01', '17:00'));
    expect(nextPickupAfter(sh('2026-11-28', '19:00'), settingsWith())?.at).toBe(sh('2026-11-29', '11:00'));
  });
});
