import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../../../core/lib/time';
import {
  CancelledBy,
  type CancelledByCode,
  OrderFlag,
  type OrderRow,
  ordersFromRows,
} from '../../../../core/records/orders';
import { scorecardFor, scorecardIds } from '../../../../core/scorecards';
import { scoreAt } from '../../../../core/scorecards/engine';
import { LA, NOW_SH, SH } from './helpers';

// Property tests of the engine on random order histories, for every scorecard in the registry.
const NOW = NOW_SH;
const zoneOf = (id: (typeof scorecardIds)[number]) => (scorecardFor(id).platform === 'douyin' ? SH : LA);

const after = (maxDays: number) => fc.option(fc.integer({ min: 0, max: maxDays * 1440 }), { freq: 4 });
/** Paid `ago` minutes before now (negative: after now, so not yet valid). */
const rowArb = (ageDays: [number, number], flagsArb: fc.Arbitrary<number>) =>
  fc
    .record({
      ago: fc.integer({ min: ageDays[0] * 1440, max: ageDays[1] * 1440 }),
      ship: after(10),
      deliver: after(12),
      deliverBy: after(8),
      shipBy: after(4),
      cancel: fc.option(fc.integer({ min: 0, max: 30 * 1440 }), { freq: 6 }),
      by: fc.constantFrom<CancelledByCode>(0, 1, 2, 3, 4),
      flags: flagsArb,
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

const idArb = fc.constantFrom(...scorecardIds);

describe('scoreAt properties', () => {
  it('keeps the score inside the scale, stars inside 3–5, for any order list', () => {
    fc.assert(
      fc.property(idArb, fc.array(rowArb([-1, 100], fc.nat({ max: 15 })), { maxLength: 120 }), (id, rows) => {
        const card = scorecardFor(id);
        const r = scoreAt(card, ordersFromRows(rows), NOW, zoneOf(id));
        if (r.score !== null) {
          expect(r.score).toBeGreaterThanOrEqual(card.scale.min);
          expect(r.score).toBeLessThanOrEqual(card.scale.max);
        }
        if (r.stars !== undefined) expect(r.stars).toBeGreaterThanOrEqual(3);
        for (const ind of Object.values(r.indicators)) {
          if (ind.points !== null) expect(ind.points).toBeGreaterThanOrEqual(card.scale.min);
        }
      }),
    );
  });

  it('never raises the score when a late order is added', () => {
    // Late on every count: paid 20 days ago, never scanned or delivered, past shipBy and deliverBy,
    // cancelled by the seller an hour ago, with a fault return and a shipping violation. Bases have
    // ≥ 30 valid orders, so adding one cannot move a Douyin shop out of the growth stage (which would).
    const paidAt = NOW - 20 * DAY;
    const late: OrderRow = {
      paidAt,
      shipBy: paidAt + 2 * DAY,
      deliverBy: paidAt + 6 * DAY,
      cancelledAt: NOW - HOUR,
      cancelledBy: CancelledBy.seller,
      flags: OrderFlag.logisticsFaultReturn | OrderFlag.shippingViolation,
    };
    const validFlags = fc.nat({ max: 15 }).map((f) => f & ~OrderFlag.excluded);
    fc.assert(
      fc.property(idArb, fc.array(rowArb([0, 29], validFlags), { minLength: 30, maxLength: 120 }), (id, rows) => {
        const card = scorecardFor(id);
        const before = scoreAt(card, ordersFromRows(rows), NOW, zoneOf(id));
        const withLate = scoreAt(card, ordersFromRows([...rows, late]), NOW, zoneOf(id));
        expect(withLate.stage).toBe(before.stage);
        if (before.score === null) expect(withLate.score).toBeNull();
        else expect(withLate.score).toBeLessThanOrEqual(before.score + 1e-9);
      }),
    );
  });
});
