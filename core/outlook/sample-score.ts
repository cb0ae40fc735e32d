import { DAY, HOUR, MINUTE, offsetFn } from '../lib/time';
import { ruleClockOfCard } from '../model/rule-clock';
import { groupShipments, type ShipmentGroups, shipmentGroups } from '../model/shipments';
import { addTallies, type CardTally, scoreFromTally } from '../scorecards/engine';
import { DELIVERED_ON_TIME } from '../scorecards/indicators';
import type { Scorecard } from '../scorecards/schema';
import { type DayTally, storeLimitFlags } from '../scorecards/store-limits';
import { type GroupColumns, groupColumns, tallyGroups } from '../scorecards/tally-groups';
import { finishTally, startTally, type TallySums } from '../scorecards/tally-sums';
import { sellerCalendar } from '../settings/settings';
import { MinuteFacts } from './minute-facts';
import type { SampleView } from './monte-carlo';
import type { SampleScorer } from './simulate-stream';

/**
 * The score once this stream's orders have flowed through: the history inside the window as it stands
 * now, plus the stream's predicted orders as if all their events had happened. Each group of orders
 * sharing a payment and a pickup minute becomes one weighted row; the share of its waybills delivered on
 * time is this sample's carrier on-time rate, tallied directly — unless the card's deliver-by date runs
 * from the order (TikTok: 6 business days) and pickup plus transit already passes it: delivery follows
 * dispatch, so a swamped warehouse costs on-time delivery too. Stream orders carry valid tracking [assumed].
 *
 * Speed: 200 samples × 14 scenarios score about a hundred groups each, so the local-time facts of a payment
 * minute (when its pickup clock starts, the end of the next day) are computed once per minute, the groups are
 * laid out in columns (model/shipments.ts `groupShipments`) and each indicator's sums run over them in one loop
 * (scorecards/tally-groups.ts `tallyGroups`), instead of a window of rows walked once per indicator.
 */
/** deductions.ts `deductionPoints` on orders none of which carries the flag: no violation, times the points. */
const noDeductions = (card: Scorecard): Record<string, number> => {
  const known = zeros.get(card);
  if (known) return known;
  const none = Object.fromEntries(card.deductions.map((d) => [d.id, 0 * d.points]));
  zeros.set(card, none);
  return none;
};
/** Read only (addTallies sums into a new object): one per card. */
const zeros = new WeakMap<Scorecard, Record<string, number>>();

export function streamScorer(card: Scorecard, history: CardTally, timeZone: string, windowStart: number): SampleScorer {
  let facts: MinuteFacts | null = null;
  const groups = shipmentGroups();
  let rows = groupColumns(groups.paid.length);
  const counts = new Float64Array(2);
  let sums: TallySums | undefined;
  return (view: SampleView) => {
    const { dispatch: d, draw } = view;
    const transit = Math.round(view.settings.stages.delivery.meanTransitHours * 60) * MINUTE;
    // The scenario's carrier (a faster one, or every waybill on time for the attribution) with this draw's
    // deviation from the plan's rate: the same luck, another carrier (the draws are made once, for the plan).
    const onTimeRate = Math.min(
      1,
      Math.max(0, draw.onTimeRate - draw.onTimeMean + view.settings.stages.delivery.onTimeRate),
    );
    const flowedThrough = view.horizonEnd + transit + DAY;
    if (!facts) {
      // The platform's clock with the extension days the seller entered (the same settings in every sample).
      const clock = ruleClockOfCard(card, timeZone, sellerCalendar(view.settings).platformExtensions);
      facts = new MinuteFacts(card, offsetFn(timeZone, d.t0 - DAY, flowedThrough + DAY), {
        zone: offsetFn(clock.timeZone, d.t0 - DAY, flowedThrough + 30 * DAY),
        clock,
      });
    }
    facts.cover(d.t0, view.lastPaidMinute);
    const g = groupShipments(d, view.lastPaidMinute, groups);
    if (rows.paid.length < g.length) rows = groupColumns(groups.paid.length);
    const perDay = new Map<number, DayTally>();
    layOut(view, g, facts, { rows, perDay, counts }, { transit, onTimeRate, flowedThrough, windowStart });
    sums = startTally(card, flowedThrough, sums);
    tallyGroups(sums, rows);
    // No stream order carries the deductions' flag (shippingViolation) nor a product: none, as the engine finds.
    const done = finishTally(sums);
    const stream: CardTally = {
      measures: done.measures,
      validOrders: done.validOrders,
      faultReturns: done.faultReturns,
      delivered: done.delivered,
      deductions: noDeductions(card),
      products: {},
    };
    for (const id of DELIVERED_ON_TIME) {
      if (stream.measures[id]) stream.measures[id] = { num: counts[1], den: counts[0] };
    }
    const result = scoreFromTally(card, addTallies(history, stream), flowedThrough);
    return {
      score: result.score ?? Number.NaN,
      flags: [...result.flags, ...storeLimitFlags(card.storeLimits, perDay)],
      indicators: result.indicators,
    };
  };
}

/**
 * One sample's groups as the engine's rows (into `rows`), its late orders per local due day (into `perDay`)
 * and its waybills due and delivered on time (counts[0], counts[1]). A plain function, not part of the
 * scorer's closure: its sums stay unboxed doubles in optimised code.
 */
function layOut(
  view: SampleView,
  g: ShipmentGroups,
  facts: MinuteFacts,
  into: { rows: GroupColumns; perDay: Map<number, DayTally>; counts: Float64Array },
  at: { transit: number; onTimeRate: number; flowedThrough: number; windowStart: number },
): void {
  const { rows, perDay } = into;
  const { transit, onTimeRate, flowedThrough, windowStart } = at;
  const t0 = view.dispatch.t0;
  const deadline = view.deadlines.deadline;
  const dueDays = facts.dueDaysOf(view.deadlines, view.lastPaidMinute);
  const { clockStarts, nextDayEnds, deliverBys } = facts;
  let lastDay = Number.NaN;
  let dayTally: DayTally = { due: 0, late: 0 };
  let due = 0;
  let onTime = 0;
  let r = 0;
  for (let x = 0; x < g.length; x++) {
    const m = g.paid[x];
    const j = g.ship[x];
    const count = g.orders[x];
    const paidAt = t0 + m * MINUTE;
    facts.fill(m);
    const shippedAt = j < 0 ? Number.NaN : t0 + j * MINUTE;
    const shipBy = deadline[m];
    const day = facts.dueDay(dueDays, shipBy, m); // the local day the orders fall due
    // Groups come in payment order, so most share the previous group's day: its tally is at hand.
    if (day !== lastDay) {
      lastDay = day;
      dayTally = perDay.get(day) ?? { due: 0, late: 0 };
      perDay.set(day, dayTally);
    }
    dayTally.due += count;
    if (!(shippedAt <= shipBy)) dayTally.late += count;
    // Never picked up within the run: judged at the end, as the engine judges an unscanned order.
    const h = (j < 0 ? flowedThrough : shippedAt) - clockStarts[m];
    // One weighted row of the engine's pass, as the window would hold it (paid inside it, never excluded):
    // valid tracking, no cancellation; delivery not judged row by row (this sample's draw, below).
    if (paidAt >= windowStart && paidAt <= flowedThrough) {
      rows.paid[r] = paidAt;
      rows.weight[r] = count;
      rows.shippedAt[r] = shippedAt;
      rows.deliveredAt[r] = shippedAt + transit;
      rows.shipBy[r] = shipBy;
      rows.hours[r] = Math.max(0, h) / HOUR;
      rows.end[r++] = nextDayEnds[m];
    }
    // Every waybill is due once the stream has flowed through; a parcel never picked up is late.
    due += count;
    onTime += j < 0 || shippedAt + transit > deliverBys[m] ? 0 : count * onTimeRate;
  }
  rows.length = r;
  into.counts[0] = due;
  into.counts[1] = onTime;
}
