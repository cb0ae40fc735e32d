import { CancelledBy, OrderFlag } from '../orders';
import { type Measured, pickupHoursAvg, pickupOnTimeRate, pickupScoreAvg } from './pickup';
import type { Indicator, MeasureId, Scorecard } from './schema';
import { countFlag, endOfNextLocalDay, happened, type ScoreWindow, tallyDeadline } from './window';

/**
 * One small pure function per measure id, each over the window's valid orders (chosen by paid time).
 * A measure with no order to judge returns NaN with sampleSize 0; the engine shows that as "no data".
 */
export type Measure = (w: ScoreWindow, def: Indicator, card: Scorecard) => Measured;

const ratio = (part: number, whole: number): Measured => ({
  value: whole ? part / whole : Number.NaN,
  sampleSize: whole,
});

/** Delivered by the order's deliverBy ÷ orders delivered or past deliverBy (orders without one are not judged). */
function deliveredOnTime(w: ScoreWindow): Measured {
  const { onTime, late } = tallyDeadline(w, w.orders.deliveredAt, (i) => w.orders.deliverBy[i]);
  return ratio(onTime, onTime + late);
}

/** Orders with no pickup scan by their shipBy ÷ orders scanned or past shipBy (TikTok's "dispatched or due"). */
function ldr(w: ScoreWindow): Measured {
  const { onTime, late } = tallyDeadline(w, w.orders.shippedAt, (i) => w.orders.shipBy[i]);
  return ratio(late, onTime + late);
}

/** Delivered by 23:59:59 local of the day after payment ÷ orders delivered or past that (the 2026-09 bonus). */
function nextDayDeliveryRate(w: ScoreWindow): Measured {
  const { onTime, late } = tallyDeadline(w, w.orders.deliveredAt, (i) =>
    endOfNextLocalDay(w.orders.paidAt[i], w.timeZone),
  );
  return ratio(onTime, onTime + late);
}

/** Seller and system (auto-) cancellations that have happened ÷ valid paid orders; buyer and platform ones are no fault. */
function sfcr(w: ScoreWindow): Measured {
  let n = 0;
  for (const i of w.rows) {
    const by = w.orders.cancelledBy[i];
    if ((by === CancelledBy.seller || by === CancelledBy.system) && happened(w.orders.cancelledAt[i], w.now)) n++;
  }
  return ratio(n, w.rows.length);
}

/** Orders with valid tracking ÷ orders scanned by now. */
function vtr(w: ScoreWindow): Measured {
  let shipped = 0;
  let valid = 0;
  for (const i of w.rows) {
    if (!happened(w.orders.shippedAt[i], w.now)) continue;
    shipped++;
    if (w.orders.flags[i] & OrderFlag.validTracking) valid++;
  }
  return ratio(valid, shipped);
}

/** Logistics-fault returns ÷ valid paid orders; the flag carries no date, so it counts by the order's paid time. */
const logisticsReturnRate = (w: ScoreWindow): Measured =>
  ratio(countFlag(w, OrderFlag.logisticsFaultReturn), w.rows.length);

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
