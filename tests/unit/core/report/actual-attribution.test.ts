import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillDeadlines } from '../../../../core/model/ship-by-orders';
import { type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { actualAttribution } from '../../../../core/report/actual-attribution';
import { lateRules } from '../../../../core/report/late-stages';
import { cardFor } from '../../../../core/scorecards';
import { scoreAt } from '../../../../core/scorecards/engine';
import { settingsWith, sh } from '../../helpers';

// Default warehouse (Asia/Shanghai, pickups 11:00 and 17:00) with a 24 h promise: an order paid
// Wed 10:00 must be picked up by Thu 10:00, and the last pickup before that is Wed 17:00 (its "P").
const settings = settingsWith((s) => {
  s.promise = { type: 'hours', hours: 24 };
});
const card = cardFor(settings);
const PAID = sh('2026-11-25', '10:00');
const NOW = sh('2026-12-02', '12:00');

function attribute(rows: (OrderRow & { rtsAt?: number })[], withRts = true) {
  const o = ordersFromRows(rows);
  fillDeadlines(o, settings, card);
  const rts = withRts ? Float64Array.from(rows, (r) => r.rtsAt ?? Number.NaN) : undefined;
  const all = rows.map((_, i) => i);
  return { o, a: actualAttribution(o, all, lateRules(o, settings, NOW, rts), card, null, settings.timezone) };
}
const late = (a: ReturnType<typeof attribute>['a']) =>
  Object.fromEntries(a.stages.map((s) => [s.stage, [s.lateDispatch, s.lateDelivery]]));

describe('actual stage attribution from the export', () => {
  it('places each late order by its ready-to-ship time against the last pickup before its deadline', () => {
    // Every scanned parcel below is delivered 30 h after its scan (on time) unless the row says otherwise.
    const scanned = (at: number) => ({ shippedAt: at, deliveredAt: at + 30 * 3_600_000 });
    const a = attribute([
      // on time: packed 16:00, scanned at the 17:00 pickup
      { paidAt: PAID, rtsAt: sh('2026-11-25', '16:00'), ...scanned(sh('2026-11-25', '17:05')) },
      // packed 18:30, after the 17:00 pickup, scanned Thu 11:05 > Thu 10:00 → pick & pack
      { paidAt: PAID, rtsAt: sh('2026-11-25', '18:30'), ...scanned(sh('2026-11-26', '11:05')) },
      // packed 12:00, in time for 17:00, but scanned Thu 11:05 → ship & transport
      { paidAt: PAID, rtsAt: sh('2026-11-25', '12:00'), ...scanned(sh('2026-11-26', '11:05')) },
      // never packed, deadline passed by NOW → pick & pack
      { paidAt: PAID },
      // scanned late with no RTS time → cannot tell (unknown)
      { paidAt: PAID, ...scanned(sh('2026-11-26', '11:05')) },
      // on time at 17:05 Wed; route standard ceil(52/24) = 3 days → due Sat 23:59; delivered Sun → late delivery
      {
        paidAt: PAID,
        rtsAt: sh('2026-11-25', '15:00'),
        shippedAt: sh('2026-11-25', '17:05'),
        deliveredAt: sh('2026-11-29', '10:00'),
      },
    ]).a;
    expect(a.orders).toBe(6);
    expect(a.lateDispatch).toBe(4);
    expect(a.lateDelivery).toBe(1);
    expect(late(a)).toEqual({
      receipt: [0, 0],
      pickPack: [2, 0],
      shipTransport: [1, 0],
      delivery: [0, 1],
      unknown: [1, 0],
    });
    // 6 orders: the growth stage, where the logistics sub-score is not scored (the platform's fixed 70, or 60
    // when fewer than 90 % are picked up by the end of the next day, is the total score's): no points to lose.
    expect(a.points).toBeNull();
    expect(a.stages.map((s) => s.points)).toEqual([null, null, null, null, null]);
    // 2 of 4 late dispatches → 50 %.
    expect(a.summary).toBe(
      '50 % of the 4 late dispatches were not packed in time for the last pickup before their deadline (pick & pack); 1 delivery arrived late (order delivery).',
    );
  });

  it('says it cannot place late dispatches when the export has no ready-to-ship column', () => {
    const shipped = sh('2026-11-26', '11:05');
    const { a } = attribute([{ paidAt: PAID, shippedAt: shipped, deliveredAt: shipped + 30 * 3_600_000 }], false);
    expect(late(a).unknown).toEqual([1, 0]);
    expect(a.summary).toBe('100 % of the 1 late dispatches cannot be placed (the export has no ready-to-ship time).');
  });

  it('puts every late order and every lost point on pick & pack when packing alone is the bottleneck', () => {
    // 40 orders paid Wed 10:00 (enough to leave the growth stage), all packed Wed 19:00 (after the 17:00
    // pickup), scanned at Thu 11:00, an hour past their deadline, and delivered on time Fri 11:00.
    const rows = Array.from({ length: 40 }, () => ({
      paidAt: PAID,
      rtsAt: sh('2026-11-25', '19:00'),
      shippedAt: sh('2026-11-26', '11:00'),
      deliveredAt: sh('2026-11-27', '11:00'),
    }));
    const { o, a } = attribute(rows);
    expect(late(a).pickPack).toEqual([40, 0]);
    expect(a.lateDispatch).toBe(40);
    expect(a.lateDelivery).toBe(0);
    // Checkable by hand: re-score with the 40 picked up at Wed 17:00 (7 h after payment instead of 25 h).
    const actual = scoreAt(card, o, NOW, settings.timezone).score as number;
    const fixed = { ...o, shippedAt: o.shippedAt.map(() => sh('2026-11-25', '17:00')) };
    const better = scoreAt(card, fixed, NOW, settings.timezone).score as number;
    expect(better).toBeGreaterThan(actual);
    expect(a.points).toBe(Math.round((better - actual) * 10) / 10);
    expect(a.stages.find((s) => s.stage === 'pickPack')?.points).toBe(a.points);
    expect(a.stages.filter((s) => s.stage !== 'pickPack').every((s) => s.points === 0)).toBe(true);
  });

  it('parts add up to the whole: late dispatches, late deliveries and points', () => {
    const hour = 3_600_000;
    const order = fc.record({
      rts: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      ship: fc.option(fc.integer({ min: 1, max: 48 }), { nil: undefined }),
      transit: fc.option(fc.integer({ min: 10, max: 120 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(order, { minLength: 30, maxLength: 45 }), (spec) => {
        const rows = spec.map((x) => ({
          paidAt: PAID,
          rtsAt: x.rts === undefined ? undefined : PAID + x.rts * hour,
          shippedAt: x.ship === undefined ? undefined : PAID + x.ship * hour,
          deliveredAt: x.ship === undefined || x.transit === undefined ? undefined : PAID + (x.ship + x.transit) * hour,
        }));
        const { a } = attribute(rows);
        const sum = (k: 'lateDispatch' | 'lateDelivery') => a.stages.reduce((t, s) => t + s[k], 0);
        expect(sum('lateDispatch')).toBe(a.lateDispatch);
        expect(sum('lateDelivery')).toBe(a.lateDelivery);
        const points = a.stages.reduce((t, s) => t + (s.points ?? 0), 0);
        expect(Math.round(points * 10)).toBe(Math.round((a.points ?? 0) * 10));
        for (const s of a.stages) expect(s.points ?? 0).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 40 },
    );
  });
});
