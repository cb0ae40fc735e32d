import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../../../core/lib/time';
import {
  arrivalCurve,
  arrivalsPerMinute,
  countAt,
  ordersInLastMinute,
  peakOrdersPerMinute,
} from '../../../../core/model/arrivals';
import { computeEstimate } from '../../../../core/outlook/estimate';
import { defaultSettings } from '../../../../core/settings/settings';
import { settingsWith, sh, snap } from '../../helpers';

const T = sh('2026-11-25', '20:00');
const sec = (s: number) => T + s * 1000;

// The page already showed 1000 paid orders when capture began; a reload briefly showed 3.
const readings = [
  snap(0, sec(0), 1000),
  snap(1, sec(20), 1012),
  snap(2, sec(40), 1030),
  snap(3, sec(60), 1045),
  snap(4, sec(80), 3), // counter dropped: a page reload
  snap(5, sec(100), 1050),
  snap(6, sec(150), 1100),
];

describe('arrivalCurve', () => {
  const curve = arrivalCurve(readings);

  it('subtracts the first reading as the baseline and keeps the running maximum through a counter drop', () => {
    expect(curve.baseline).toBe(1000);
    // 1000→0, 1012→12, 1030→30, 1045→45, drop to 3 keeps 45, 1050→50, 1100→100
    expect(Array.from(curve.counts)).toEqual([0, 12, 30, 45, 45, 50, 100]);
  });

  it('orders readings by seq, not by arrival order', () => {
    const shuffled = arrivalCurve([
      readings[3],
      readings[0],
      readings[6],
      readings[1],
      readings[5],
      readings[2],
      readings[4],
    ]);
    expect(Array.from(shuffled.counts)).toEqual([0, 12, 30, 45, 45, 50, 100]);
  });

  it('reads the count known at an instant from the last reading at or before it', () => {
    expect(countAt(curve, sec(-1))).toBe(0); // before the first reading
    expect(countAt(curve, sec(59))).toBe(30); // reading at 40 s
    expect(countAt(curve, sec(60))).toBe(45); // reading exactly at 60 s
    expect(countAt(curve, sec(3600))).toBe(100); // after the last
  });

  it('counts the orders of the last minute', () => {
    expect(ordersInLastMinute(curve, sec(60))).toBe(45); // 45 at 60 s − 0 at 0 s
    expect(ordersInLastMinute(curve, sec(120))).toBe(5); // 50 at 100 s − 45 at 60 s
    expect(ordersInLastMinute(curve, sec(150))).toBe(55); // 100 at 150 s − 45 at 90 s (reading at 80 s)
  });

  it('finds the busiest minute looking back from each reading up to `until`', () => {
    // Looking back from 0, 20, 40, 60, 80, 100, 150 s: 0, 12, 30, 45, 45 − 12 = 33, 50 − 30 = 20, 100 − 45 = 55.
    expect(peakOrdersPerMinute(curve, sec(150))).toBe(55);
    expect(peakOrdersPerMinute(curve, sec(149))).toBe(45); // the 150 s reading is not known yet
  });

  it('buckets new orders into whole minutes from t0', () => {
    // 0–59 s: 12 + 18 = 30; 60–119 s: 15 + 0 + 5 = 20; 120–179 s: 50.
    expect(Array.from(arrivalsPerMinute(curve, T, 3))).toEqual([30, 20, 50]);
    expect(Array.from(arrivalsPerMinute(curve, T, 2))).toEqual([30, 20]); // the 150 s reading is past the end
    // From t0 = T + 1 min, the readings before t0 land in minute 0: 30 + 20 = 50 at 60–119 s, then 50.
    expect(Array.from(arrivalsPerMinute(curve, T + MINUTE, 2))).toEqual([50, 50]);
  });

  it('is empty without readings', () => {
    const empty = arrivalCurve([]);
    expect(empty.baseline).toBe(0);
    expect(countAt(empty, T)).toBe(0);
    expect(Array.from(arrivalsPerMinute(empty, T, 2))).toEqual([0, 0]);
  });
});

describe('computeEstimate', () => {
  // Counter 500 at 10:00:00 (baseline), 560 at 10:00:30, 620 at 10:01, 800 at 10:02 → 300 stream orders,
  // per minute: 60 (10:00), 60 (10:01), 180 (10:02). Default settings: 100 packed an hour (5/3 a minute).
  const t = (hhmmss: string) => Date.parse(`2026-11-25T${hhmmss}+08:00`);
  const burst = [
    snap(0, t('10:00:00'), 500),
    snap(1, t('10:00:30'), 560),
    snap(2, t('10:01:00'), 620),
    snap(3, t('10:02:00'), 800),
  ];
  const now = t('10:02:00');

  it('is amber when the backlog outlasts the next pickup but no order will be late', () => {
    const e = computeEstimate(burst, defaultSettings, now);
    expect(e.paidOrders).toBe(800);
    expect(e.streamOrders).toBe(300); // 800 − 500
    expect(e.ordersPerMinute).toBe(180); // 300 at 10:02 − 120 at 10:01
    expect(e.peakOrdersPerMinute).toBe(180); // looking back from 10:00:30 → 60, 10:01 → 120, 10:02 → 180
    // Index 2 (10:02–10:03): 3 min × 5/3 = 5 packed, 295 waiting to be packed.
    expect(e.backlog).toEqual({ receipt: 0, pickPack: 295, shipTransport: 5, delivery: 0 });
    expect(e.unshipped).toBe(300);
    expect(e.peakUnshipped).toBe(300);
    expect(e.nextPickupAt).toBe(t('11:00:00'));
    // 11:00 takes the 100 packed by then (60 min × 5/3); the rest, packed by 13:00, leave at 17:00.
    expect(e.clearAt).toBe(t('17:00:00'));
    expect(e.late).toBe(0); // 48 h: due Fri 10:00
    expect(e.atRisk).toBe(0);
    expect(e.earliestDeadline).toBe(sh('2026-11-27', '10:00')); // the 10:00 orders + 48 h
    expect(e.status).toBe('amber'); // clears at 17:00, after the 11:00 pickup
  });

  it('is red when a 2-hour promise makes the 11:00 pickup too small', () => {
    const e = computeEstimate(
      burst,
      settingsWith((s) => (s.promise = { type: 'hours', hours: 2 })),
      now,
    );
    // FIFO: the 11:00 pickup takes orders 1–100 (60 paid 10:00, 40 paid 10:01); the rest leave at 17:00, after their
    // deadlines: 120 − 100 = 20 paid 10:01 (due 12:01) + 180 paid 10:02 (due 12:02) = 200 late.
    expect(e.late).toBe(200);
    expect(e.atRisk).toBe(200);
    expect(e.earliestDeadline).toBe(t('12:00:00')); // the 10:00 orders, none shipped yet
    expect(e.status).toBe('red');
  });

  it('is green when everything waiting leaves with the next pickup', () => {
    // 30 stream orders: packed in 18 min, all on the 11:00 pickup.
    const calm = [snap(0, t('10:00:00'), 500), snap(1, t('10:02:00'), 530)];
    const e = computeEstimate(calm, defaultSettings, now);
    expect(e.unshipped).toBe(30);
    expect(e.clearAt).toBe(t('11:00:00'));
    expect(e.status).toBe('green');
  });

  it('is green with no stream orders and ignores readings after now', () => {
    const e = computeEstimate(burst, defaultSettings, t('10:00:10')); // only the baseline reading is known
    expect(e.streamOrders).toBe(0);
    expect(e.unshipped).toBe(0);
    expect(e.paidOrders).toBe(500);
    expect(e.status).toBe('green');
  });

  it('refuses to estimate before the first reading', () => {
    expect(() => computeEstimate(burst, defaultSettings, t('09:59:59'))).toThrow('no snapshot at or before now');
  });
});

describe('backlog forecast', () => {
  it('runs the stage backlogs hour by hour for 48 hours, the expected orders still to come included', () => {
    // 300 orders paid at 10:00 on Wed 2026-11-25 in Shanghai, default warehouse (100 packed/h from 09:00,
    // pickups 11:00 and 17:00 of 400). The last ten minutes' rate, 300/10 = 30/min, fades with a 20-minute
    // half-life: about 30 × 20 / ln 2 ≈ 866 more orders (rounded per minute, cut under 0.1/min).
    const t = Date.parse('2026-11-25T10:00:00+08:00');
    const e = computeEstimate([snap(0, t, 0), snap(1, t + 30_000, 300)], settingsWith(), t + 30_000);
    expect(e.backlogForecast).toHaveLength(49);
    expect(e.backlogForecast[0].at).toBe(t); // the minute of now
    const waiting = (h: number) => {
      const b = e.backlogForecast[h];
      return b.receipt + b.pickPack + b.shipTransport;
    };
    expect(waiting(0)).toBe(300); // forecast orders start in the minute after now
    // Nothing ships before 11:00, and then at most what was packed by then (about 100): still more than 600 wait.
    expect(waiting(1)).toBeGreaterThan(600);
    // The 17:00 pickup takes 400 at most: by 18:00 (h = 8) some 1,100 − 100 − 400 ≈ 600 still wait.
    expect(waiting(8)).toBeGreaterThan(500);
    // Everything is gone within the 48 hours only if capacity allows: 2 days × 800 pickups ≥ 1,166 orders.
    expect(waiting(48)).toBe(0);
  });
});
