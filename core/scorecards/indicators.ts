import { CancelledBy, OrderFlag } from '../records/orders';
import { nextDayEnds, pickupHoursAvg, pickupOnTimeRate, pickupScoreAvg } from './pickup';
import type { Indicator, MeasureId, Scorecard } from './schema';
import { countFlag, countOrders, happened, type ScoreWindow, type Tally, tallyDeadline, weightOf } from './window';

/**
 * One small pure function per measure id, each over the window's valid orders (chosen by paid time).
 * Each returns its additive parts (num / den); one with nothing to judge has den 0, shown as "no data".
 */
export type Measure = (w: ScoreWindow, def: Indicator, card: Scorecard) => Tally;

const ratio = (part: number, whole: number): Tally => ({ num: part, den: whole });

/** Delivered by the order's deliverBy ÷ orders delivered or past deliverBy (orders without one are not judged). */
function deliveredOnTime(w: ScoreWindow): Tally {
  const { onTime, late } = tallyDeadline(w, w.orders.deliveredAt, (i) => w.orders.deliverBy[i]);
  return ratio(onTime, onTime + late);
}

/** Orders with no pickup scan by their shipBy ÷ orders scanned or past shipBy (TikTok's "dispatched or due"). */
function ldr(w: ScoreWindow): Tally {
  const { onTime, late } = tallyDeadline(w, w.orders.shippedAt, (i) => w.orders.shipBy[i]);
  return ratio(late, onTime + late);
}

/** Delivered by 23:59:59 local of the day after payment ÷ orders delivered or past that (the 2026-09 bonus). */
function nextDayDeliveryRate(w: ScoreWindow): Tally {
  const ends = nextDayEnds(w);
  // An export that carries no delivery time (Douyin's) cannot say which parcels arrived next day: not judged.
  const unseen = (i: number) => (w.orders.flags[i] & OrderFlag.noDeliveryTime) !== 0;
  const { onTime, late } = tallyDeadline(w, w.orders.deliveredAt, (i) => (unseen(i) ? Number.NaN : ends[i]));
  return ratio(onTime, onTime + late);
}

/** Seller and system (auto-) cancellations that have happened ÷ valid paid orders; buyer and platform ones are no fault. */
function sfcr(w: ScoreWindow): Tally {
  let n = 0;
  for (let r = 0, i = w.rows[0]; r < w.rows.length; i = w.rows[++r]) {
    const by = w.orders.cancelledBy[i];
    if ((by === CancelledBy.seller || by === CancelledBy.system) && happened(w.orders.cancelledAt[i], w.now)) {
      n += weightOf(w, i);
    }
  }
  return ratio(n, countOrders(w));
}

/** Orders with valid tracking ÷ orders scanned by now. */
function vtr(w: ScoreWindow): Tally {
  let shipped = 0;
  let valid = 0;
  for (let r = 0, i = w.rows[0]; r < w.rows.length; i = w.rows[++r]) {
    if (!happened(w.orders.shippedAt[i], w.now)) continue;
    shipped += weightOf(w, i);
    if (w.orders.flags[i] & OrderFlag.validTracking) valid += weightOf(w, i);
  }
  return ratio(valid, shipped);
}

/** Logistics-fault returns ÷ valid paid orders; the flag carries no date, so it counts by the order's paid time. */
const logisticsReturnRate = (w: ScoreWindow): Tally =>
  ratio(countFlag(w, OrderFlag.logisticsFaultReturn), countOrders(w));

/** The measures that judge delivery against the order's deliverBy (a prediction tallies them from its draw). */
export const DELIVERED_ON_TIME: readonly MeasureId[] = ['waybillOnTimeRate', 'otdr'];

export const measures: Record<MeasureId, Measure> = {
  pickupHoursAvg,
  pickupScoreAvg,
  pickupOnTimeRate,
  waybillOnTimeRate: deliveredOnTime,
  nextDayDeliveryRate,
  logisticsReturnRate,
  ldr,
  otdr: deliveredOnTime,
  sfcr,
  vtr,
};
