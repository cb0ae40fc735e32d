import { describe, expect, it } from 'vitest';
import type { OrderRow } from '../../../../core/records/orders';
import { CancelledBy, OrderFlag, ordersFromRows } from '../../../../core/records/orders';
import { douyin202607 } from '../../../../core/scorecards/douyin-2026-07';
import { douyin202609 } from '../../../../core/scorecards/douyin-2026-09';
import { scoreAt } from '../../../../core/scorecards/engine';
import { pickupClockStart } from '../../../../core/scorecards/pickup';
import { hours, NOW_SH, SH, sh } from './helpers';

// Douyin pickup indicators (domain §2.1.1 and the growth-stage check), scored at Fri 2026-11-20 10:00 Shanghai.
const night = douyin202607.pickupClock;
const indicator = (card: typeof douyin202607, rows: OrderRow[], id: string) =>
  scoreAt(card, ordersFromRows(rows), NOW_SH, SH).indicators[id];

describe('pickup clock: an order paid between 18:00 and 06:00 starts its clock at 06:00', () => {
  it('starts at payment at 17:59, the minute before the night span', () => {
    expect(pickupClockStart(sh('2026-11-18T17:59:00'), night, SH)).toBe(sh('2026-11-18T17:59:00'));
  });

  it('waits for 06:00 next day when paid at 18:00 exactly', () => {
    expect(pickupClockStart(sh('2026-11-18T18:00:00'), night, SH)).toBe(sh('2026-11-19T06:00:00'));
  });

  it('waits for 06:00 next day when paid at 23:59', () => {
    expect(pickupClockStart(sh('2026-11-18T23:59:00'), night, SH)).toBe(sh('2026-11-19T06:00:00'));
  });

  it('waits for 06:00 the same day when paid at 00:00 or 05:59', () => {
    expect(pickupClockStart(sh('2026-11-18T00:00:00'), night, SH)).toBe(sh('2026-11-18T06:00:00'));
    expect(pickupClockStart(sh('2026-11-18T05:59:00'), night, SH)).toBe(sh('2026-11-18T06:00:00'));
  });

  it('starts at payment at 06:00 and 06:01', () => {
    expect(pickupClockStart(sh('2026-11-18T06:00:00'), night, SH)).toBe(sh('2026-11-18T06:00:00'));
    expect(pickupClockStart(sh('2026-11-18T06:01:00'), night, SH)).toBe(sh('2026-11-18T06:01:00'));
  });

  it('rolls over the end of the month', () => {
    expect(pickupClockStart(sh('2026-11-30T20:00:00'), night, SH)).toBe(sh('2026-12-01T06:00:00'));
  });

  it('starts at payment on a card without the night rule (5-point)', () => {
    expect(pickupClockStart(sh('2026-11-18T20:00:00'), null, SH)).toBe(sh('2026-11-18T20:00:00'));
  });
});

describe('pickupHoursAvg (2026-09): hours from clock start to the pickup scan', () => {
  it('counts from 06:00 for a night payment', () => {
    // paid 20:30 → clock starts 06:00 next day; pickup 10:00 → 4 h
    const r = indicator(
      douyin202609,
      [{ paidAt: sh('2026-11-18T20:30:00'), shippedAt: sh('2026-11-19T10:00:00') }],
      'pickupHoursAvg',
    );
    expect(r.value).toBe(4);
  });

  it('counts from payment at 17:59', () => {
    // paid 17:59 → clock starts at once; pickup 10:00 next day → 16 h 01 min
    const r = indicator(
      douyin202609,
      [{ paidAt: sh('2026-11-18T17:59:00'), shippedAt: sh('2026-11-19T10:00:00') }],
      'pickupHoursAvg',
    );
    expect(r.value).toBeCloseTo(16 + 1 / 60, 9);
  });

  it('gives 0 h to a scan before the clock started, and averages the orders', () => {
    // paid 19:00, scanned 22:00 the same night → 0 h; with the 4 h order above → mean 2 h
    const r = indicator(
      douyin202609,
      [
        { paidAt: sh('2026-11-18T19:00:00'), shippedAt: sh('2026-11-18T22:00:00') },
        { paidAt: sh('2026-11-18T20:30:00'), shippedAt: sh('2026-11-19T10:00:00') },
      ],
      'pickupHoursAvg',
    );
    expect(r).toMatchObject({ value: 2, sampleSize: 2 });
  });
});

describe('pickupScoreAvg (2026-07): per-order points from the hours table, then the mean', () => {
  const paid = sh('2026-11-10T10:00:00');
  it.each([
    [12, 100], // ≤ 12 h → 100
    [12 + 1 / 60, 90], // 12 h 01 → the ≤ 24 h band
    [24, 90],
    [24 + 1 / 60, 80],
    [36, 80],
    [48, 70],
    [72, 60],
    [72 + 1 / 60, 50], // later than 72 h → 50
  ])('an order scanned %s h after payment scores %s', (h, points) => {
    expect(indicator(douyin202607, [{ paidAt: paid, shippedAt: paid + hours(h) }], 'pickupScoreAvg').value).toBe(
      points,
    );
  });

  it('gives 50 to an order with a shipping violation, however fast it was scanned', () => {
    const row = { paidAt: paid, shippedAt: paid + hours(1), flags: OrderFlag.shippingViolation };
    expect(indicator(douyin202607, [row], 'pickupScoreAvg').value).toBe(50);
  });

  it('averages the per-order points', () => {
    // 4 h → 100, 30 h → 80, violation → 50: (100 + 80 + 50) / 3 = 76.67
    const r = indicator(
      douyin202607,
      [
        { paidAt: paid, shippedAt: paid + hours(4) },
        { paidAt: paid, shippedAt: paid + hours(30) },
        { paidAt: paid, shippedAt: paid + hours(2), flags: OrderFlag.shippingViolation },
      ],
      'pickupScoreAvg',
    );
    expect(r.value).toBeCloseTo(230 / 3, 9);
    expect(r.points).toBeCloseTo(230 / 3, 9);
  });

  it('applies the night clock before the table', () => {
    // paid 20:30 → clock 06:00; scan 18:00 next day → 12 h → 100 (21.5 h from payment would be 90)
    const row = { paidAt: sh('2026-11-18T20:30:00'), shippedAt: sh('2026-11-19T18:00:00') };
    expect(indicator(douyin202607, [row], 'pickupScoreAvg').value).toBe(100);
  });

  it('counts an unscanned order as if scanned now once its pickup SLA has passed', () => {
    // paid Tue 17 10:00, SLA Wed 18 23:59:59 passed; now Fri 20 10:00 → 72 h → 60
    expect(indicator(douyin202607, [{ paidAt: sh('2026-11-17T10:00:00') }], 'pickupScoreAvg').value).toBe(60);
  });

  it('leaves out an unscanned order still inside its SLA', () => {
    // paid Thu 19 10:00, SLA Fri 20 23:59:59 not passed → not due
    const r = indicator(douyin202607, [{ paidAt: sh('2026-11-19T10:00:00') }], 'pickupScoreAvg');
    expect(r).toMatchObject({ value: null, points: null, sampleSize: 0 });
  });
});

describe('pickupOnTimeRate: scanned by 23:59:59 local of the day after payment', () => {
  it('is on time at 23:59:59 of the next day and late at 00:00:00 the day after', () => {
    // paid Tue 17 23:30 → deadline Wed 18 23:59:59.999
    const paid = sh('2026-11-17T23:30:00');
    expect(
      indicator(douyin202607, [{ paidAt: paid, shippedAt: sh('2026-11-18T23:59:59') }], 'pickupOnTimeRate').value,
    ).toBe(1);
    expect(
      indicator(douyin202607, [{ paidAt: paid, shippedAt: sh('2026-11-19T00:00:00') }], 'pickupOnTimeRate').value,
    ).toBe(0);
  });

  it('does not apply the night clock: a 00:05 payment has the same deadline', () => {
    // paid Tue 17 00:05 → deadline Wed 18 23:59:59.999; scanned Thu 19 00:00 → late
    const paid = sh('2026-11-17T00:05:00');
    expect(
      indicator(douyin202607, [{ paidAt: paid, shippedAt: sh('2026-11-19T00:00:00') }], 'pickupOnTimeRate').value,
    ).toBe(0);
  });

  it('counts an unscanned order as late only once the deadline has passed', () => {
    // on time; late scan; unscanned past deadline (Thu 19 23:59:59) → late; unscanned paid Thu 19 → not due: 1 / 3
    const r = indicator(
      douyin202607,
      [
        { paidAt: sh('2026-11-16T10:00:00'), shippedAt: sh('2026-11-17T10:00:00') },
        { paidAt: sh('2026-11-16T10:00:00'), shippedAt: sh('2026-11-18T10:00:00') },
        { paidAt: sh('2026-11-18T09:00:00') },
        { paidAt: sh('2026-11-19T09:00:00') },
      ],
      'pickupOnTimeRate',
    );
    expect(r).toMatchObject({ sampleSize: 3 });
    expect(r.value).toBeCloseTo(1 / 3, 9);
  });
});

describe('a closed order without a close time (已关闭, 订单完成时间 empty)', () => {
  it('is not judged by the pickup measures: it may have closed before any deadline', () => {
    // One order paid Wed 10:00 and picked up 14:00 (4 h), one closed at an unknown time and never shipped:
    // the mean stays 4 h (counting the closed one as unscanned until Fri 10:00 would have made it 26 h).
    const rows: OrderRow[] = [
      { paidAt: sh('2026-11-18T10:00:00'), shippedAt: sh('2026-11-18T14:00:00') },
      { paidAt: sh('2026-11-18T10:00:00'), cancelledBy: CancelledBy.buyer },
    ];
    expect(indicator(douyin202609, rows, 'pickupHoursAvg').value).toBe(4);
  });
});
