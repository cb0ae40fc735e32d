import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, MINUTE, offsetFn } from '../../../../core/lib/time';
import { historyTally } from '../../../../core/outlook/outlook';
import { CancelledBy, OrderFlag, type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { scorecardFor, scorecardIds } from '../../../../core/scorecards';
import { localFacts } from '../../../../core/scorecards/local-facts';
import { LA, NOW_LA, NOW_SH, SH, sh } from './helpers';

/**
 * The hourly tally of a kept window reads each order's pickup-clock start and next-day end from facts worked
 * out when the window was loaded (issue #17): it must equal the tally working them out itself, to the bit —
 * across Los Angeles' fall-back (1 Nov 2026) and night orders on a card with a pickup clock.
 */
const rowArb = fc.record({
  minutes: fc.integer({ min: 0, max: 45 * 1440 }),
  ship: fc.option(fc.integer({ min: 0, max: 5 * 1440 }), { freq: 4 }),
  deliver: fc.option(fc.integer({ min: 0, max: 8 * 1440 }), { freq: 4 }),
  flags: fc.constantFrom(OrderFlag.validTracking, OrderFlag.validTracking | OrderFlag.logisticsFaultReturn, 0),
});

describe('localFacts: per-order local times worked out once per loaded window', () => {
  it('gives the tally the same figures as working them out per hour, for every card', () => {
    fc.assert(
      // Every card in both zones: Douyin's night clock across Los Angeles' fall-back too.
      fc.property(
        fc.constantFrom(...scorecardIds),
        fc.boolean(),
        fc.array(rowArb, { maxLength: 120 }),
        (id, la, gs) => {
          const card = scorecardFor(id);
          const [zone, now] = la ? [LA, NOW_LA] : [SH, NOW_SH];
          const rows: OrderRow[] = gs.map((g) => {
            const paidAt = now - 40 * DAY + g.minutes * MINUTE;
            return {
              paidAt,
              shippedAt: g.ship === null ? undefined : paidAt + g.ship * MINUTE,
              deliveredAt: g.ship === null || g.deliver === null ? undefined : paidAt + (g.ship + g.deliver) * MINUTE,
              shipBy: paidAt + 2 * DAY,
              cancelledBy: CancelledBy.none,
              flags: g.flags,
            };
          });
          const orders = ordersFromRows(rows);
          const facts = localFacts(card, orders, offsetFn(zone, now - 42 * DAY, now + 8 * DAY));
          for (const at of [now, now + 7 * 3_600_000]) {
            expect(historyTally(card, orders, at, zone, { facts })).toEqual(historyTally(card, orders, at, zone));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('starts a night order’s pickup clock when the night ends', () => {
    // Douyin's pickup clock (night 18:00–06:00): an order paid at 23:30 Shanghai starts its clock at 06:00.
    const card = scorecardFor('douyin-2026-07');
    const paidAt = sh('2026-11-19T23:30:00');
    const orders = ordersFromRows([{ paidAt, cancelledBy: CancelledBy.none, flags: OrderFlag.validTracking }]);
    const facts = localFacts(card, orders, offsetFn(SH, paidAt - DAY, paidAt + 3 * DAY));
    expect(facts.clockStart[0]).toBe(sh('2026-11-20T06:00:00'));
    // The end of the day after payment: 20 Nov 23:59:59.999 Shanghai.
    expect(facts.nextDayEnd[0]).toBe(sh('2026-11-21T00:00:00') - 1);
  });
});
