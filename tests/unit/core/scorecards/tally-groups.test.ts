import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../../../core/lib/time';
import { CancelledBy, OrderFlag } from '../../../../core/records/orders';
import { scorecardFor, scorecardIds } from '../../../../core/scorecards';
import { groupColumns, tallyGroups } from '../../../../core/scorecards/tally-groups';
import { startTally, tallyRow } from '../../../../core/scorecards/tally-sums';
import { NOW_SH } from './helpers';

/**
 * The outlook's columnar tally of predicted groups (issue #17) against what it replaced: one `tallyRow` call
 * per group, as a valid, never cancelled order without a deliver-by date. Exact equality, to the last bit:
 * each sum must add the same values in the same group order.
 */
const NOW = NOW_SH;
const groupArb = fc.record({
  // Paid up to 40 days before now (past a 7- or 30-day indicator's edge) or after it; now and then on the edge.
  ago: fc.oneof(fc.integer({ min: -2 * 1440, max: 40 * 1440 }), fc.constantFrom(7 * 1440, 30 * 1440)),
  weight: fc.integer({ min: 1, max: 500 }),
  ship: fc.option(fc.integer({ min: 0, max: 10 * 1440 }), { freq: 5 }),
  transit: fc.integer({ min: 0, max: 5 * 1440 }),
  shipBy: fc.option(fc.integer({ min: 0, max: 4 * 1440 }), { freq: 8 }),
  hours: fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { freq: 8 }),
  end: fc.integer({ min: 0, max: 2 * 1440 }),
});

describe('tallyGroups: the predicted groups one indicator at a time', () => {
  it('adds up, for every card, to what a tallyRow call per group gives', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scorecardIds), fc.array(groupArb, { maxLength: 60 }), (id, groups) => {
        const card = scorecardFor(id);
        const rows = groupColumns(groups.length);
        const one = startTally(card, NOW);
        groups.forEach((g, x) => {
          const paid = NOW - g.ago * MINUTE;
          const shippedAt = g.ship === null ? Number.NaN : paid + g.ship * MINUTE;
          const shipBy = g.shipBy === null ? Number.NaN : paid + g.shipBy * MINUTE;
          const hours = g.hours ?? Number.NaN;
          const end = paid + g.end * MINUTE;
          rows.paid[x] = paid;
          rows.weight[x] = g.weight;
          rows.shippedAt[x] = shippedAt;
          rows.deliveredAt[x] = shippedAt + g.transit * MINUTE;
          rows.shipBy[x] = shipBy;
          rows.hours[x] = hours;
          rows.end[x] = end;
          const flags = OrderFlag.validTracking;
          const delivered = shippedAt + g.transit * MINUTE;
          const none = CancelledBy.none;
          tallyRow(one, paid, g.weight, flags, shippedAt, delivered, Number.NaN, shipBy, Number.NaN, none, hours, end);
        });
        rows.length = groups.length;
        const columns = startTally(card, NOW);
        tallyGroups(columns, rows);
        expect([...columns.a]).toEqual([...one.a]);
        expect([...columns.b]).toEqual([...one.b]);
        expect([...columns.n]).toEqual([...one.n]);
        expect([columns.validOrders, columns.delivered, columns.faultReturns]).toEqual([
          one.validOrders,
          one.delivered,
          one.faultReturns,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('counts by hand: two groups on the Douyin card', () => {
    // 100 orders picked up after 20 h, 50 never picked up (judged at now, 60 h after their clock started).
    // Pickup-time score (douyinPickupHourBands): 20 h ≤ 24 → 90 points, 60 h ≤ 72 → 60 points:
    // (100 × 90 + 50 × 60) / 150 = 12,000 / 150 = 80. Delivered: only the 100 picked up (70 h after payment).
    const card = scorecardFor('douyin-2026-07');
    const rows = groupColumns(2);
    const paid = NOW - 3 * DAY;
    rows.paid.set([paid, paid]);
    rows.weight.set([100, 50]);
    rows.shippedAt.set([paid + 20 * HOUR, Number.NaN]);
    rows.deliveredAt.set([paid + 70 * HOUR, Number.NaN]);
    rows.shipBy.set([paid + 48 * HOUR, paid + 48 * HOUR]);
    rows.hours.set([20, 60]);
    rows.end.set([paid + DAY, paid + DAY]);
    rows.length = 2;
    const t = startTally(card, NOW);
    tallyGroups(t, rows);
    const k = card.indicators.findIndex((d) => d.id === 'pickupScoreAvg');
    expect(t.a[k] / t.b[k]).toBe(80);
    expect(t.validOrders).toBe(150);
    expect(t.delivered).toBe(100);
  });
});
