import { type Phrase, phrase } from '../lib/phrase';
import type { Calibration } from '../model/calibration';
import type { DeliveryBasis } from '../model/carrier-figures';
import { cardFor } from '../scorecards';
import { defaultSettings, type Settings } from '../settings/settings';

/**
 * The figures the estimate rests on that are still our documented assumptions (the defaults of
 * ../shared/domain/logistics-score.md §4), in words, so every face can say which numbers to check.
 */
export function assumedFigures(
  s: Settings,
  delivery: DeliveryBasis | null = null,
  c: Calibration | null = null,
  counts: CountedSpeed | null = null,
): string[] {
  return assumed(s, delivery, c, counts).map((a) => a.text);
}

/** The packers' speed the warehouse's own counts measured (core/model/observed-speed.ts), already in `s`. */
export type CountedSpeed = { ratio: number; minutes: number };

/** The same figures as phrases (core/lib/phrase.ts), in the same order, for the faces' other language. */
export function assumedPhrases(
  s: Settings,
  delivery: DeliveryBasis | null = null,
  c: Calibration | null = null,
  counts: CountedSpeed | null = null,
): Phrase[] {
  return assumed(s, delivery, c, counts).map((a) => a.phrase);
}

type Assumed = { text: string; phrase: Phrase };

function assumed(
  s: Settings,
  delivery: DeliveryBasis | null,
  c: Calibration | null,
  counts: CountedSpeed | null,
): Assumed[] {
  const d = defaultSettings;
  const out: Assumed[] = [];
  const add = (text: string, p: Phrase) => out.push({ text, phrase: p });
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const rate = String(s.stages.pickPack.ordersPerPackerHour);
  // Calibration applies only when the seller leaves it on: a fit shown is a fit used.
  const fit = s.model.calibrate ? c : null;
  if (counts) {
    const pct = String(Math.round(counts.ratio * 100));
    const min = String(counts.minutes);
    add(
      `packing at ${pct} % of the settings (${rate} orders per packer-hour), measured from the warehouse's counts over ${min} min`,
      phrase('assume_counted_packing', pct, rate, min),
    );
  } else if (fit?.packing) out.push(measuredPacking(fit.packing));
  else if (s.stages.pickPack.ordersPerPackerHour === d.stages.pickPack.ordersPerPackerHour) {
    add(`${rate} orders per packer-hour`, phrase('assume_packer_rate', rate));
  }
  if (same(s.stages.pickPack.shifts, d.stages.pickPack.shifts)) {
    add('4 packers 09:00–18:00 every day', phrase('assume_shifts'));
  }
  if (fit?.pickups) out.push(measuredPickups(fit.pickups));
  else if (same(s.stages.ship.pickups, d.stages.ship.pickups)) {
    add('carrier pickups 11:00 and 17:00, 400 parcels each', phrase('assume_pickups'));
  }
  const miss = fit?.pickupMissRate;
  if (miss) {
    const pct = String(Math.round(miss.value * 100));
    add(
      `carrier missed ${pct} % of ${miss.n} visits with parcels waiting, measured from your history`,
      phrase('assume_measured_misses', pct, String(miss.n)),
    );
  } else {
    const pct = String(Math.round(s.model.pickupMissRate * 100));
    add(`carrier misses ${pct} % of its visits (assumed)`, phrase('assume_misses', pct));
  }
  // Delivery figures measured on the main carrier's history are not assumptions: say where they come from.
  if (delivery?.onTime || delivery?.transitHours) out.push(measuredDelivery(delivery));
  if (!delivery?.onTime && s.stages.delivery.onTimeRate === d.stages.delivery.onTimeRate) {
    const pct = String(Math.round(s.stages.delivery.onTimeRate * 100));
    add(`carrier on time ${pct} % (assumed default)`, phrase('assume_on_time', pct));
  }
  if (!delivery?.transitHours && s.stages.delivery.meanTransitHours === d.stages.delivery.meanTransitHours) {
    const h = String(s.stages.delivery.meanTransitHours);
    add(`${h} h mean transit (assumed default)`, phrase('assume_transit', h));
  }
  const cancel = String(Math.round(s.model.buyerCancelRate * 100));
  const spread = String(Math.round(s.model.packerSpeedSpread * 100));
  add(`${cancel} % buyer cancellations, ±${spread} % packer speed`, phrase('assume_model', cancel, spread));
  const halfLife = String(s.model.forecastHalfLifeMinutes);
  const fade = fit?.forecastHalfLife;
  if (fade) {
    const n = String(fade.drops);
    add(
      `orders fade with a ${halfLife}-minute half-life after now, measured on ${n} drops of your past streams`,
      phrase('assume_measured_fade', halfLife, n),
    );
  } else add(`orders fade with a ${halfLife}-minute half-life after now`, phrase('assume_fade', halfLife));
  const card = cardFor(s);
  if (card.indicators.some((i) => i.assumed)) {
    add(`${card.id} bands and weights (shown only in the seller back office)`, phrase('assume_card', card.id));
  }
  return out;
}

/** "delivery measured in your history (SF Express): on time 95 % of 120 delivered, 40 h median transit of 130, not assumed". */
function measuredDelivery(b: DeliveryBasis): Assumed {
  const onTime = b.onTime && { pct: String(Math.round(b.onTime.value * 100)), n: String(b.onTime.n) };
  const transit = b.transitHours && { h: String(b.transitHours.value), n: String(b.transitHours.n) };
  const parts = [
    onTime && `on time ${onTime.pct} % of ${onTime.n} delivered`,
    transit && `${transit.h} h median transit of ${transit.n}`,
  ].filter(Boolean);
  const p =
    onTime && transit
      ? phrase('assume_measured_both', b.carrier, onTime.pct, onTime.n, transit.h, transit.n)
      : onTime
        ? phrase('assume_measured_on_time', b.carrier, onTime.pct, onTime.n)
        : phrase('assume_measured_transit', b.carrier, transit ? transit.h : '', transit ? transit.n : '');
  return { text: `delivery measured in your history (${b.carrier}): ${parts.join(', ')}, not assumed`, phrase: p };
}

/** "packing 30.2 orders per packer-hour, measured from your history (126 busy packer-hours over 13 days, ±3 % day to day)". */
function measuredPacking(p: NonNullable<Calibration['packing']>): Assumed {
  const [rate, hours, days, spread] = [
    p.ordersPerPackerHour,
    Math.round(p.hours),
    p.days,
    Math.round(p.spread * 100),
  ].map(String);
  return {
    text: `packing ${rate} orders per packer-hour, measured from your history (${hours} busy packer-hours over ${days} days, ±${spread} % day to day)`,
    phrase: phrase('assume_measured_packing', rate, hours, days, spread),
  };
}

/** "carrier visits 11:00 up to 300 (26 full visits), 17:00 up to 420 (largest of 28), measured from your history". */
function measuredPickups(pickups: NonNullable<Calibration['pickups']>): Assumed {
  const list = pickups
    .map(
      (p) =>
        `${p.time}${p.days ? ` ${p.days}` : ''} ≤ ${p.maxParcels} (n = ${p.limit.n}${p.limit.from === 'full-visits' ? ' full' : ''})`,
    )
    .join(', ');
  return {
    text: `carrier visits ${list}, measured from your history`,
    phrase: phrase('assume_measured_pickups', list),
  };
}
