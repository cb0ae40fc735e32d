import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, MINUTE } from '../../../../core/lib/time';
import {
  CancelledBy,
  type CancelledByCode,
  OrderFlag,
  type OrderRow,
  ordersFromRows,
} from '../../../../core/records/orders';
import { scorecardFor, scorecardIds } from '../../../../core/scorecards';
import { measures } from '../../../../core/scorecards/indicators';
import { NEXT_DAY_END, PICKUP_HOURS } from '../../../../core/scorecards/pickup';
import type { Scorecard } from '../../../../core/scorecards/schema';
import { tallyPass } from '../../../../core/scorecards/tally-pass';
import {
  countFlag,
  countOrders,
  happened,
  type ScoreWindow,
  scoreWindow,
  type Tally,
} from '../../../../core/scorecards/window';
import { LA, NOW_SH, SH } from './helpers';

/**
 * The fused pass against the computation it replaced (engine.ts `tallyWindow` before issue #17): each
 * measure of indicators.ts on its own, on a narrowed copy of the window for an indicator with fewer days,
 * and the three counts each in their own loop. Exact equality: the pass adds the same values in the same
 * order, so not one bit may differ.
 */
function separately(card: Scorecard, w: ScoreWindow) {
  const out: Record<string, Tally> = {};
  for (const def of card.indicators) {
    const from = w.now - (def.window?.days ?? 0) * DAY;
    const rows = def.window ? w.rows.filter((i) => w.orders.paidAt[i] >= from) : w.rows;
    const win = def.window ? { ...w, rows, memo: new Map(w.memo) } : w;
    out[def.id] = measures[def.id](win, def, card);
  }
  let delivered = 0;
  for (const i of w.rows) if (happened(w.orders.deliveredAt[i], w.now)) delivered += w.weights ? w.weights[i] : 1;
  return {
    measures: out,
    validOrders: countOrders(w),
    faultReturns: countFlag(w, OrderFlag.logisticsFaultReturn),
    delivered,
  };
}

// Random orders as in properties.test.ts: any mix of scans, deliveries, deadlines, cancellations and flags.
const NOW = NOW_SH;
const after = (maxDays: number) => fc.option(fc.integer({ min: 0, max: maxDays * 1440 }), { freq: 4 });
const rowArb = fc
  .record({
    // Now and then exactly on an indicator's own window edge (7, 30 days): the edge is inside it.
    ago: fc.oneof(fc.integer({ min: -1440, max: 100 * 1440 }), fc.constantFrom(7 * 1440, 30 * 1440)),
    ship: after(10),
    deliver: after(12),
    deliverBy: after(8),
    shipBy: after(4),
    cancel: fc.option(fc.integer({ min: 0, max: 30 * 1440 }), { freq: 6 }),
    by: fc.constantFrom<CancelledByCode>(0, 1, 2, 3, 4),
    flags: fc.nat({ max: 63 }),
  })
  .map((g): OrderRow => {
    const paidAt = NOW - g.ago * MINUTE;
    const at = (m: number | null) => (m === null ? undefined : paidAt + m * MINUTE);
    return {
      paidAt,
      shippedAt: at(g.ship),
      deliveredAt: at(g.deliver),
      deliverBy: at(g.deliverBy),
      shipBy: at(g.shipBy),
      cancelledAt: at(g.cancel),
      cancelledBy: g.cancel === null ? CancelledBy.none : g.by,
      flags: g.flags,
    };
  });

describe('tallyPass: every indicator in one pass', () => {
  it('equals each measure on its own, for every scorecard, weighted or not, to the last bit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scorecardIds),
        fc.array(rowArb, { maxLength: 150 }),
        fc.option(fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 150, maxLength: 150 })),
        (id, rows, weights) => {
          const card = scorecardFor(id);
          const orders = ordersFromRows(rows);
          if (weights) orders.weight = Float64Array.from(weights.slice(0, orders.length));
          const zone = card.platform === 'douyin' ? SH : LA;
          const fused = tallyPass(card, scoreWindow(orders, card.windowDays, NOW, zone));
          expect(fused).toEqual(separately(card, scoreWindow(orders, card.windowDays, NOW, zone)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the pickup hours and next-day ends a caller put in the memo, as the measures do', () => {
    // The prediction (core/outlook/sample-score.ts) hands in its own per-row values: the pass must use them.
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 60 }), fc.nat({ max: 1000 }), (rows, seed) => {
        const card = scorecardFor('douyin-2026-07');
        const orders = ordersFromRows(rows);
        const values = (k: number) => Float64Array.from({ length: orders.length }, (_, i) => ((seed + i * k) % 97) / 3);
        const w = () => {
          const win = scoreWindow(orders, card.windowDays, NOW, SH);
          win.memo.set(PICKUP_HOURS, values(7));
          win.memo.set(
            NEXT_DAY_END,
            values(13).map((v) => NOW - v * DAY),
          );
          return win;
        };
        expect(tallyPass(card, w())).toEqual(separately(card, w()));
      }),
    );
  });

  it('counts 2 of 3 orders picked up by the next day', () => {
    // Douyin 2026-07's pickupOnTimeRate: paid 10 days ago at 10:00 Shanghai; the SLA ends at 23:59:59 the
    // next day. Scanned after 20 h (on time), 30 h (on time), 40 h (next day 02:00 + 1 day: late) → 2 / 3.
    const paidAt = NOW - 10 * DAY;
    const orders = ordersFromRows(
      [20, 30, 40].map((h) => ({
        paidAt,
        shippedAt: paidAt + h * 3_600_000,
        cancelledBy: CancelledBy.none,
        flags: OrderFlag.validTracking,
      })),
    );
    const card = scorecardFor('douyin-2026-07');
    const t = tallyPass(card, scoreWindow(orders, card.windowDays, NOW, SH));
    expect(t.measures.pickupOnTimeRate).toEqual({ num: 2, den: 3 });
    expect(t.validOrders).toBe(3);
  });
});
