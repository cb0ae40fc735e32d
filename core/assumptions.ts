import type { DeliveryBasis } from './carrier-figures';
import { cardFor } from './scorecards';
import { defaultSettings, type Settings } from './settings';

/**
 * The figures the estimate rests on that are still our documented assumptions (the defaults of
 * ../shared/domain/logistics-score.md §4), in words, so every face can say which numbers to check.
 */
export function assumedFigures(s: Settings, delivery: DeliveryBasis | null = null): string[] {
  const d = defaultSettings;
  const out: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (s.stages.pickPack.ordersPerPackerHour === d.stages.pickPack.ordersPerPackerHour) {
    out.push(`${s.stages.pickPack.ordersPerPackerHour} orders per packer-hour`);
  }
  if (same(s.stages.pickPack.shifts, d.stages.pickPack.shifts)) out.push('4 packers 09:00–18:00 every day');
  if (same(s.stages.ship.pickups, d.stages.ship.pickups)) out.push('carrier pickups 11:00 and 17:00, 400 parcels each');
  // Delivery figures measured on the main carrier's history are not assumptions: say where they come from.
  if (delivery?.onTime || delivery?.transitHours) out.push(measuredDelivery(delivery));
  if (!delivery?.onTime && s.stages.delivery.onTimeRate === d.stages.delivery.onTimeRate) {
    out.push(`carrier on time ${Math.round(s.stages.delivery.onTimeRate * 100)} % (assumed default)`);
  }
  if (!delivery?.transitHours && s.stages.delivery.meanTransitHours === d.stages.delivery.meanTransitHours) {
    out.push(`${s.stages.delivery.meanTransitHours} h mean transit (assumed default)`);
  }
  out.push(
    `${Math.round(s.model.buyerCancelRate * 100)} % buyer cancellations, ±${Math.round(s.model.packerSpeedSpread * 100)} % packer speed`,
  );
  out.push(`orders fade with a ${s.model.forecastHalfLifeMinutes}-minute half-life after now`);
  const card = cardFor(s);
  if (card.indicators.some((i) => i.assumed))
    out.push(`${card.id} bands and weights (shown only in the seller back office)`);
  return out;
}

/** "delivery measured in your history (SF Express): on time 95 % of 120 delivered, 40 h median transit of 130, not assumed". */
function measuredDelivery(b: DeliveryBasis): string {
  const parts = [
    b.onTime && `on time ${Math.round(b.onTime.value * 100)} % of ${b.onTime.n} delivered`,
    b.transitHours && `${b.transitHours.value} h median transit of ${b.transitHours.n}`,
  ].filter(Boolean);
  return `delivery measured in your history (${b.carrier}): ${parts.join(', ')}, not assumed`;
}
