import { describe, expect, it } from 'vitest';
import { MAX_HORIZON_MINUTES, packCapacityByMinuteOfWeek, runPipeline } from '../../../../core/model/capacity';
import { clearTime, latenessFor, stageBacklog } from '../../../../core/model/lateness';
import { weekdaysOnly } from '../../../../core/model/rule-clock';
import { defaultSettings } from '../../../../core/settings/settings';
import { arrivals, settingsWith, sh } from '../../helpers';

// Default settings: Asia/Shanghai, 4 packers × 25 orders/h = 100/h = 5/3 orders a minute, 09:00–18:00 every day;
// pickups at 11:00 and 17:00 of at most 400 parcels; transit 52 h. Index i of a run is the state at the END of
// minute t0 + i (arrivals, then packing, during that minute); a pickup at the start of minute j takes what was
// packed by the end of minute j − 1.
const WED_10 = sh('2026-11-25', '10:00'); // a Wednesday
const TZ = 'Asia/Shanghai';
/** The shop's own zone, weekends off: the clock of a card without a rule clock. */
const CLOCK = { timeZone: TZ, isBusinessDay: weekdaysOnly };

describe('runPipeline: 300 orders paid at 10:00 with the default settings', () => {
  const run = runPipeline({ settings: defaultSettings, t0: WED_10, arrivals: arrivals(1, { 0: 300 }) });

  it('the 11:00 pickup takes the 100 packed by then and the 17:00 pickup the other 200', () => {
    expect(run.shipped[59]).toBe(0); // 10:59: no pickup yet
    expect(run.shipped[60]).toBe(100); // 11:00 (index 60): 60 min × 5/3 = 100 packed before it
    expect(run.packed[179]).toBeCloseTo(300, 9); // 300 ÷ 5/3 = 180 min → packing ends with the minute 12:59
    expect(run.shipped[419]).toBe(100); // 16:59: still only the 11:00 pickup
    expect(run.shipped[420]).toBe(300); // 17:00 (index 420): 100 + the remaining 200 (< 400 limit)
    expect(clearTime(run, 0)).toBe(sh('2026-11-25', '17:00'));
    expect(run.length).toBe(421); // the run stops at 17:00, once every order has shipped
  });

  it('splits the orders between stages at 10:30 and just after the 11:00 pickup', () => {
    // Index 29 (end of 10:29) is the instant 10:30: 30 min × 5/3 = 50 packed.
    expect(stageBacklog(run, 29)).toEqual({ receipt: 0, pickPack: 250, shipTransport: 50, delivery: 0 });
    // Index 30 also counts the packing during 10:30–10:31: 31 × 5/3 = 51.67 → 51 whole orders.
    expect(stageBacklog(run, 30)).toEqual({ receipt: 0, pickPack: 249, shipTransport: 51, delivery: 0 });
    // Index 60 (11:00): 61 × 5/3 = 101.67 → 101 packed, 100 of them picked up and now in transit.
    expect(stageBacklog(run, 60)).toEqual({ receipt: 0, pickPack: 199, shipTransport: 1, delivery: 100 });
  });

  it('delivers each pickup 52 h later', () => {
    // 3,200 known minutes keep the run going past the first delivery.
    const long = runPipeline({ settings: defaultSettings, t0: WED_10, arrivals: arrivals(3200, { 0: 300 }) });
    expect(long.delivered[3179]).toBe(0); // 60 + 52 × 60 = 3180: one minute before Fri 15:00
    expect(long.delivered[3180]).toBe(100); // Fri 15:00 = the 11:00 pickup + 52 h
    expect(stageBacklog(long, 3180)).toEqual({ receipt: 0, pickPack: 0, shipTransport: 0, delivery: 200 });
  });
});

describe('runPipeline: the pickup parcel limit', () => {
  // 1000 orders at Wed 10:00. Packing: 100/h from 10:00 to 18:00 = 800, the other 200 Thu 09:00–11:00.
  const run = runPipeline({ settings: defaultSettings, t0: WED_10, arrivals: arrivals(1, { 0: 1000 }) });

  it('caps each pickup at 400 parcels even when more are packed', () => {
    expect(run.shipped[60]).toBe(100); // Wed 11:00: 1 h × 100 packed
    expect(run.shipped[420]).toBe(500); // Wed 17:00: 7 h × 100 = 700 packed, but only 400 more allowed → 100 + 400
    expect(run.packed[479]).toBeCloseTo(800, 9); // Wed 17:59: 8 h × 100, then the shift ends
    expect(run.packed[1379]).toBeCloseTo(800, 9); // Thu 08:59 (23 h later): nothing packed overnight
    expect(run.shipped[1500]).toBe(900); // Thu 11:00 (25 h): all 1000 packed, cap → 500 + 400
    expect(run.shipped[1860]).toBe(1000); // Thu 17:00 (31 h): the last 100
    expect(clearTime(run, 0)).toBe(sh('2026-11-26', '17:00'));
  });

  it('makes the orders beyond the caps late under a same-day promise but not under 48 h', () => {
    // Same-day, paid 10:00 < 16:00 → due Wed 23:59:59.999; shipped by then: 500 → 1000 − 500 = 500 late.
    const sameDay = latenessFor(run, 0, { type: 'same-day', cutoff: '16:00' }, CLOCK);
    expect(sameDay).toEqual({
      late: 500,
      atRisk: 500,
      earliestOpenDeadline: Date.parse('2026-11-25T23:59:59.999+08:00'),
      atRiskByDeadline: [{ deadline: Date.parse('2026-11-25T23:59:59.999+08:00'), orders: 500 }],
    });
    // 48 h → due Fri 10:00; all 1000 ship by Thu 17:00.
    expect(latenessFor(run, 0, { type: '48h' }, CLOCK).late).toBe(0);
  });
});

describe('runPipeline: no packers on shift', () => {
  const settings = settingsWith((s) => {
    s.stages.pickPack.shifts = [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 0 }];
  });
  const run = runPipeline({ settings, t0: WED_10, arrivals: arrivals(1, { 0: 300 }) });

  it('ships nothing, so the run lasts the whole horizon and every order is late', () => {
    expect(run.length).toBe(1 + MAX_HORIZON_MINUTES); // 1 known minute + 14 days × 1440
    expect(run.shipped[run.length - 1]).toBe(0);
    expect(clearTime(run, 0)).toBeNull();
    expect(stageBacklog(run, 0)).toEqual({ receipt: 0, pickPack: 300, shipTransport: 0, delivery: 0 });
    // 48 h → due Fri 10:00, nothing shipped by then: all 300 late and still waiting.
    expect(latenessFor(run, 0, { type: '48h' }, CLOCK)).toEqual({
      late: 300,
      atRisk: 300,
      earliestOpenDeadline: sh('2026-11-27', '10:00'),
      atRiskByDeadline: [{ deadline: sh('2026-11-27', '10:00'), orders: 300 }],
    });
  });
});

describe('runPipeline: batch order receipt every 30 minutes', () => {
  const batch = settingsWith((s) => {
    s.stages.receipt = { mode: 'batch', everyMinutes: 30 };
  });
  const orders = arrivals(11, { 10: 60 }); // 60 orders paid at 10:10

  it('holds orders in receipt until the next half hour, so fewer are packed for 11:00', () => {
    const run = runPipeline({ settings: batch, t0: WED_10, arrivals: orders });
    expect(stageBacklog(run, 29)).toEqual({ receipt: 60, pickPack: 0, shipTransport: 0, delivery: 0 }); // 10:29
    expect(run.received[30]).toBe(60); // the 10:30 batch
    expect(run.shipped[60]).toBe(50); // packing 10:30–10:59 = 30 min × 5/3 = 50
    expect(run.shipped[420]).toBe(60); // the other 10 at 17:00
    expect(clearTime(run, 10)).toBe(sh('2026-11-25', '17:00'));
  });

  it('with automatic receipt, all 60 make the 11:00 pickup', () => {
    const run = runPipeline({ settings: defaultSettings, t0: WED_10, arrivals: orders });
    expect(run.shipped[60]).toBe(60); // 10:10–10:59 = 50 min × 5/3 = 83 ≥ 60
    expect(clearTime(run, 10)).toBe(sh('2026-11-25', '11:00'));
  });
});

describe('runPipeline: an overnight shift 22:00–06:00', () => {
  // Sunday night only, 1 packer × 60/h = 1 order a minute.
  const night = settingsWith((s) => {
    s.stages.pickPack = {
      ordersPerPackerHour: 60,
      shifts: [{ days: 'Sun', start: '22:00', end: '06:00', packers: 1 }],
    };
  });

  it('has capacity from Sunday 22:00 into Monday 06:00, wrapping round the end of the week', () => {
    const cap = packCapacityByMinuteOfWeek(night); // index = weekday × 1440 + minute of day, Monday = 0
    expect(cap[6 * 1440 + 21 * 60 + 59]).toBe(0); // Sun 21:59
    expect(cap[6 * 1440 + 22 * 60]).toBe(1); // Sun 22:00
    expect(cap[0]).toBe(1); // Mon 00:00, the same shift after midnight
    expect(cap[5 * 60 + 59]).toBe(1); // Mon 05:59
    expect(cap[6 * 60]).toBe(0); // Mon 06:00: shift over
    expect(cap[6 * 1440]).toBe(0); // Sun 00:00: no Saturday shift runs into it
  });

  it('packs 300 orders paid Sunday 21:00 by Monday 03:00 and ships them at the 11:00 pickup', () => {
    const t0 = sh('2026-11-29', '21:00'); // a Sunday
    const run = runPipeline({ settings: night, t0, arrivals: arrivals(1, { 0: 300 }) });
    expect(run.packed[179]).toBeCloseTo(120, 9); // Sun 23:59 (index 179): 22:00–23:59 = 120 min × 1
    expect(run.packed[359]).toBeCloseTo(300, 9); // Mon 02:59: 120 + 180 min after midnight
    expect(run.shipped[839]).toBe(0); // Mon 10:59
    expect(run.shipped[840]).toBe(300); // Mon 11:00 = 21:00 + 14 h
    expect(clearTime(run, 0)).toBe(sh('2026-11-30', '11:00'));
  });
});

describe('lateness with a 2-hour promise', () => {
  // 100 orders at 10:00 (due 12:00) and 100 at 11:30 (due 13:30). The first 100 are packed by 11:00 (60 × 5/3) and
  // leave at 11:00; the second 100 wait for 17:00 and are all late.
  const run = runPipeline({ settings: defaultSettings, t0: WED_10, arrivals: arrivals(91, { 0: 100, 90: 100 }) });
  const twoHours = { type: 'hours', hours: 2 } as const;

  it('counts the 11:30 orders as late and at risk while they wait', () => {
    expect(run.shipped[60]).toBe(100);
    expect(latenessFor(run, 90, twoHours, CLOCK)).toEqual({
      late: 100,
      atRisk: 100,
      earliestOpenDeadline: sh('2026-11-25', '13:30'), // the 10:00 orders have left already
      atRiskByDeadline: [{ deadline: sh('2026-11-25', '13:30'), orders: 100 }],
    });
  });

  it('keeps them late but no longer at risk after the 17:00 pickup', () => {
    expect(run.shipped[420]).toBe(200);
    expect(latenessFor(run, 420, twoHours, CLOCK)).toEqual({
      late: 100,
      atRisk: 0,
      earliestOpenDeadline: null,
      atRiskByDeadline: [],
    });
  });

  it('groups the orders at risk by their deadline, earliest first, adding up to all at risk', () => {
    // At 11:45: the 10:00 orders left at 11:00; 100 more at 11:30 (due 13:30) and, with a third drop of
    // 40 at 11:40 (due 13:40), 140 wait for 17:00 — all at risk, in two deadline groups.
    const three = runPipeline({
      settings: defaultSettings,
      t0: WED_10,
      arrivals: arrivals(106, { 0: 100, 90: 100, 100: 40 }),
    });
    const l = latenessFor(three, 105, twoHours, CLOCK);
    expect(l.atRiskByDeadline).toEqual([
      { deadline: sh('2026-11-25', '13:30'), orders: 100 },
      { deadline: sh('2026-11-25', '13:40'), orders: 40 },
    ]);
    expect(l.atRisk).toBe(140);
  });

  it('counts a pickup exactly at the deadline as on time', () => {
    // 100 orders at 10:00 with a 1 h promise → due 11:00:00; the 11:00 pickup takes all 100.
    const exact = runPipeline({ settings: defaultSettings, t0: WED_10, arrivals: arrivals(1, { 0: 100 }) });
    expect(latenessFor(exact, 0, { type: 'hours', hours: 1 }, CLOCK).late).toBe(0);
    // A 30-minute promise → due 10:30, before any pickup: all 100 late.
    expect(latenessFor(exact, 0, { type: 'hours', hours: 0.5 }, CLOCK).late).toBe(100);
  });
});

describe('runPipeline across a daylight-saving change', () => {
  // America/Los_Angeles springs forward on 2026-03-08 at 02:00 PST = 10:00Z → 03:00 PDT.
  // Enough packers (60 × 60/h = 60 a minute) pack 10 orders in the first minute; the only pickup is at 03:00 local.
  const la = settingsWith((s) => {
    s.timezone = 'America/Los_Angeles';
    s.stages.pickPack = {
      ordersPerPackerHour: 60,
      shifts: [{ days: 'Mon-Sun', start: '00:00', end: '00:00', packers: 60 }],
    };
    s.stages.ship.pickups = [{ time: '03:00', maxParcels: 400 }];
  });

  it('holds the 03:00 pickup at 10:00Z when the run starts on the hour', () => {
    const run = runPipeline({ settings: la, t0: Date.parse('2026-03-08T09:00:00Z'), arrivals: arrivals(1, { 0: 10 }) });
    expect(clearTime(run, 0)).toBe(Date.parse('2026-03-08T10:00:00Z')); // 03:00 PDT
  });

  // The zone offset must change on the hour, not 60 minutes after t0: a run starting at :17 still sees
  // 03:00 PDT that day.
  it('holds the 03:00 pickup at 10:00Z when the run starts at 17 past the hour', () => {
    const run = runPipeline({ settings: la, t0: Date.parse('2026-03-08T09:17:00Z'), arrivals: arrivals(1, { 0: 10 }) });
    expect(clearTime(run, 0)).toBe(Date.parse('2026-03-08T10:00:00Z')); // index 43
  });
});
