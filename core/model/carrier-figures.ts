import { defaultSettings, type Settings } from '../settings/settings';
import type { CarrierCard } from './carriers';

/**
 * The delivery stage from the seller's own history instead of the settings' assumed defaults: the main
 * carrier's (most picked-up orders) on-time rate and median transit, each only when its card has enough
 * data. A figure the seller has set (not the default) is kept: they may know of a route change the
 * history cannot. The median stands in for the mean transit, as in core/model/calibration.ts.
 */
export type DeliveryBasis = {
  carrier: string;
  /** Measured on the carrier's delivered orders, or null: still the settings' figure. */
  onTime: { value: number; n: number } | null;
  transitHours: { value: number; n: number } | null;
};

export function deliveryFromHistory(
  settings: Settings,
  cards: readonly CarrierCard[] | undefined,
): { settings: Settings; basis: DeliveryBasis | null } {
  const main = cards?.find((c) => c.region === undefined);
  if (!main) return { settings, basis: null };
  const d = settings.stages.delivery;
  const dflt = defaultSettings.stages.delivery;
  const onTime = main.onTimeDelivery && d.onTimeRate === dflt.onTimeRate ? main.onTimeDelivery : null;
  const transit = main.transitHours && d.meanTransitHours === dflt.meanTransitHours ? main.transitHours : null;
  if (!onTime && !transit) return { settings, basis: null };
  const delivery = {
    onTimeRate: onTime ? onTime.value : d.onTimeRate,
    // The model needs a positive transit: a same-hour delivery is rounded up to a tenth of an hour.
    meanTransitHours: transit ? Math.max(0.1, transit.p50) : d.meanTransitHours,
  };
  return {
    settings: { ...settings, stages: { ...settings.stages, delivery } },
    basis: {
      carrier: main.carrier,
      onTime: onTime && { value: onTime.value, n: onTime.n },
      transitHours: transit && { value: transit.p50, n: transit.n },
    },
  };
}

/**
 * The faster carrier to switch to: among the other carriers with enough data on both transit and
 * on-time delivery, the one with the shortest median transit that is at least as punctual as the plan,
 * and faster than it. Null: no measured alternative (the action then assumes a generic improvement).
 */
export function fasterCarrierIn(
  settings: Settings,
  cards: readonly CarrierCard[] | undefined,
  current: string | null,
): { carrier: string; onTimeRate: number; transitHours: number; n: number } | null {
  const d = settings.stages.delivery;
  const better = (cards ?? [])
    .filter((c) => c.region === undefined && c.carrier !== current && c.transitHours && c.onTimeDelivery)
    .map((c) => ({
      carrier: c.carrier,
      onTimeRate: c.onTimeDelivery?.value ?? 0,
      transitHours: Math.max(0.1, c.transitHours?.p50 ?? 0),
      n: Math.min(c.onTimeDelivery?.n ?? 0, c.transitHours?.n ?? 0),
    }))
    .filter((c) => c.transitHours < d.meanTransitHours && c.onTimeRate >= d.onTimeRate)
    .sort((a, b) => a.transitHours - b.transitHours || b.onTimeRate - a.onTimeRate);
  return better[0] ?? null;
}
