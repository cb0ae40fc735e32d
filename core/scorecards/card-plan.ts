import { parseClock } from '../lib/time';
import type { MeasureId, Scorecard } from './schema';

/**
 * What the one-pass tally (tally-sums.ts) needs of a card, worked out once per card: each indicator's kind
 * of sum, its own window, its per-order points table, and the pickup clock's night span.
 */
export type PerOrder = Extract<Scorecard['indicators'][number]['scoring'], { kind: 'per-order' }>;

const KIND: Record<MeasureId, number> = {
  pickupHoursAvg: 0,
  pickupScoreAvg: 1,
  pickupOnTimeRate: 2,
  waybillOnTimeRate: 3,
  otdr: 3,
  nextDayDeliveryRate: 4,
  logisticsReturnRate: 5,
  ldr: 6,
  sfcr: 7,
  vtr: 8,
};

/** What the pass needs of a card, worked out once per card. */
export type CardPlan = {
  kind: Int8Array;
  /** An indicator's own window in days (NaN: the card's window). */
  days: Float64Array;
  per: (PerOrder | null)[];
  needHours: boolean;
  needEnds: boolean;
  /** The pickup clock's night span in minutes of the day (pickup.ts `nightSpan`), or null. */
  night: { from: number; until: number; wraps: boolean } | null;
};
const plans = new WeakMap<Scorecard, CardPlan>();

export function planOf(card: Scorecard): CardPlan {
  const known = plans.get(card);
  if (known) return known;
  const defs = card.indicators;
  const kind = Int8Array.from(defs, (d) => KIND[d.id]);
  const per = defs.map((d) => (d.scoring.kind === 'per-order' ? d.scoring : null));
  defs.forEach((d, k) => {
    if (kind[k] === 1 && !per[k]) throw new Error(`${d.id} needs a per-order points table`);
  });
  const clock = card.pickupClock;
  const from = clock ? parseClock(clock.nightFrom) : 0;
  const until = clock ? parseClock(clock.nightUntil) : 0;
  const plan: CardPlan = {
    kind,
    days: Float64Array.from(defs, (d) => (d.window ? d.window.days : Number.NaN)),
    per,
    needHours: kind.some((x) => x === 0 || x === 1),
    needEnds: kind.some((x) => x === 2 || x === 4),
    night: clock ? { from, until, wraps: from > until } : null,
  };
  plans.set(card, plan);
  return plan;
}
