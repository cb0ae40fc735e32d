import { formatClock, localParts, parseClock } from '../lib/time';
import { packCapacityByMinuteOfWeek } from '../model/capacity';
import { nextPickupAfter } from '../model/pickups';
import type { Settings } from '../settings/settings';

/**
 * The popup's quick what-ifs: packers added or removed on every shift, and extra carrier pickups.
 * They change a copy of the settings for one estimate; the saved settings are never touched.
 */
export type WhatIf = { packers: number; extraPickups: number };
export const NO_CHANGE: WhatIf = { packers: 0, extraPickups: 0 };
export const MAX_EXTRA_PICKUPS = 3;

export function applyWhatIf(s: Settings, w: WhatIf): Settings {
  const shifts = s.stages.pickPack.shifts.map((sh) => ({ ...sh, packers: Math.max(0, sh.packers + w.packers) }));
  let pickups = s.stages.ship.pickups;
  for (let i = 0; i < Math.min(w.extraPickups, MAX_EXTRA_PICKUPS); i++) pickups = [...pickups, extraPickup(pickups)];
  return {
    ...s,
    stages: { ...s.stages, pickPack: { ...s.stages.pickPack, shifts }, ship: { pickups } },
  };
}

/**
 * The same rule as the ranked "extra pickup" action (core/outlook/levers.ts): three hours after the last
 * pickup (not before 17:00, not after 23:00), as large as the largest, at least 400 parcels.
 */
function extraPickup(pickups: Settings['stages']['ship']['pickups']) {
  const last = Math.max(...pickups.map((p) => parseClock(p.time)), 14 * 60);
  const maxParcels = Math.max(400, ...pickups.map((p) => p.maxParcels));
  return { time: formatClock(Math.min(23 * 60, last + 180)), maxParcels };
}

/** What each stage can take right now, in words and per hour where the stage has a rate. */
export type StageCapacity = {
  receipt: string;
  /** The receipt batch interval (null: orders reach the warehouse at once), for faces in other languages. */
  receiptEveryMinutes: number | null;
  /** Orders per hour the packers on shift now can finish (0 outside every shift). */
  pickPackPerHour: number;
  /** Parcels the next carrier pickup takes, and when. */
  nextPickup: { at: number; maxParcels: number } | null;
  /** Parcels all pickups of a day take together. */
  pickupsPerDay: number;
  meanTransitHours: number;
};

export function stageCapacity(s: Settings, now: number): StageCapacity {
  const local = localParts(s.timezone, now);
  const perMinute = packCapacityByMinuteOfWeek(s)[local.weekday * 1440 + local.minuteOfDay];
  const r = s.stages.receipt;
  return {
    receipt: r.mode === 'auto' ? 'at once' : `every ${r.everyMinutes} min`,
    receiptEveryMinutes: r.mode === 'auto' ? null : r.everyMinutes,
    pickPackPerHour: Math.round(perMinute * 60),
    nextPickup: nextPickupAfter(now, s),
    pickupsPerDay: s.stages.ship.pickups.reduce((sum, p) => sum + p.maxParcels, 0),
    meanTransitHours: s.stages.delivery.meanTransitHours,
  };
}
