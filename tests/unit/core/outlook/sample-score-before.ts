import { DAY, HOUR, MINUTE, type OffsetFn, offsetFn } from '../../../../core/lib/time';
import { type RuleClock, ruleClockOfCard } from '../../../../core/model/rule-clock';
import { deliverByDeadline } from '../../../../core/model/ship-by';
import { forEachShipment } from '../../../../core/model/shipments';
import type { SampleView } from '../../../../core/outlook/monte-carlo';
import type { SampleScorer } from '../../../../core/outlook/simulate-stream';
import { emptyOrders, type OrderColumns, OrderFlag } from '../../../../core/records/orders';
import { addTallies, type CardTally, scoreFromTally, tallyWindow } from '../../../../core/scorecards/engine';
import { DELIVERED_ON_TIME } from '../../../../core/scorecards/indicators';
import { NEXT_DAY_END, PICKUP_HOURS, pickupClockStart } from '../../../../core/scorecards/pickup';
import type { Scorecard } from '../../../../core/scorecards/schema';
import { type DayTally, storeLimitFlags } from '../../../../core/scorecards/store-limits';
import { endOfNextLocalDay, scoreWindow } from '../../../../core/scorecards/window';
import { sellerCalendar } from '../../../../core/settings/settings';

/**
 * The reference for sample-score.test.ts: `streamScorer` as it was before issue #17 (core/outlook/sample-score.ts
 * at commit e9f3366), verbatim but for the imports: each sample's groups written out as weighted rows of a
 * window and scored by the engine, the per-minute facts in a map.
 */
export function streamScorerBefore(
  card: Scorecard,
  history: CardTally,
  timeZone: string,
  windowStart: number,
): SampleScorer {
  let rows: OrderColumns = emptyOrders(0);
  let hours = new Float64Array(0);
  let ends = new Float64Array(0);
  let zone: OffsetFn | null = null;
  let ruleZone: OffsetFn | null = null;
  let clock: RuleClock | null = null;
  const perMinute = new Map<number, { clockStart: number; nextDayEnd: number; deliverBy: number }>();
  return (view: SampleView) => {
    const { dispatch: d, draw, deadlines } = view;
    const transit = Math.round(view.settings.stages.delivery.meanTransitHours * 60) * MINUTE;
    const flowedThrough = view.horizonEnd + transit + DAY;
    zone ??= offsetFn(timeZone, d.t0 - DAY, flowedThrough + DAY);
    clock ??= ruleClockOfCard(card, timeZone, sellerCalendar(view.settings).platformExtensions);
    const rc = clock;
    ruleZone ??= offsetFn(rc.timeZone, d.t0 - DAY, flowedThrough + 30 * DAY);
    const z = zone;
    const rz = ruleZone;
    const capacity = view.lastPaidMinute + d.pickups + 2;
    if (rows.paidAt.length < capacity) {
      rows = emptyOrders(capacity);
      rows.weight = new Float64Array(capacity);
      hours = new Float64Array(capacity);
      ends = new Float64Array(capacity);
    }
    const weight = rows.weight as Float64Array;
    const perDay = new Map<number, DayTally>();
    let n = 0;
    let due = 0;
    let onTime = 0;
    forEachShipment(d, view.lastPaidMinute, (m, j, count) => {
      const paidAt = d.t0 + m * MINUTE;
      let facts = perMinute.get(paidAt);
      if (!facts) {
        const deliverBy = card.deliverBy
          ? deliverByDeadline(paidAt, card.deliverBy.businessDays, rz, rc.isBusinessDay)
          : Number.POSITIVE_INFINITY;
        facts = {
          clockStart: pickupClockStart(paidAt, card.pickupClock, z),
          nextDayEnd: endOfNextLocalDay(paidAt, z),
          deliverBy,
        };
        perMinute.set(paidAt, facts);
      }
      const shippedAt = j < 0 ? Number.NaN : d.t0 + j * MINUTE;
      const shipBy = deadlines.deadline[m];
      const day = Math.floor((shipBy + z(shipBy) * MINUTE) / DAY);
      const tally = perDay.get(day) ?? { due: 0, late: 0 };
      tally.due += count;
      if (!(shippedAt <= shipBy)) tally.late += count;
      perDay.set(day, tally);
      const h = (j < 0 ? flowedThrough : shippedAt) - facts.clockStart;
      rows.paidAt[n] = paidAt;
      rows.shippedAt[n] = shippedAt;
      rows.shipBy[n] = deadlines.deadline[m];
      rows.deliveredAt[n] = shippedAt + transit;
      rows.deliverBy[n] = Number.NaN;
      rows.flags[n] = OrderFlag.validTracking;
      weight[n] = count;
      hours[n] = Math.max(0, h) / HOUR;
      ends[n] = facts.nextDayEnd;
      n++;
      due += count;
      onTime += j < 0 || shippedAt + transit > facts.deliverBy ? 0 : count * draw.onTimeRate;
    });
    rows.length = n;
    const w = scoreWindow(rows, card.windowDays, flowedThrough, timeZone, { paidFrom: windowStart, zone: z });
    w.memo.set(PICKUP_HOURS, hours);
    w.memo.set(NEXT_DAY_END, ends);
    const stream = tallyWindow(card, w);
    for (const id of DELIVERED_ON_TIME) {
      if (stream.measures[id]) stream.measures[id] = { num: onTime, den: due };
    }
    const result = scoreFromTally(card, addTallies(history, stream), flowedThrough);
    return {
      score: result.score ?? Number.NaN,
      flags: [...result.flags, ...storeLimitFlags(card.storeLimits, perDay)],
      indicators: result.indicators,
    };
  };
}
