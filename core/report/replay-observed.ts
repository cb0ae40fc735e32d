import { MINUTE } from '../lib/time';
import { planPipeline } from '../model/capacity';
import { type ObservedSpeed, observedSpeed } from '../model/observed-speed';
import { anchorKnown } from '../model/observed-start';
import type { Settings } from '../settings/settings';
import type { WarehouseCounts } from './stage-truth';

/**
 * The replay from the warehouse's own counts (issue #15, `npm run replay -- --observed`): the last reading
 * replaces the file's state at the moment (the open orders the latest-paid ones, core/model/observed-start.ts),
 * and the readings together measure the packers' real speed (core/model/observed-speed.ts), which then
 * replaces the typed one in the run.
 */
export type StageReading = WarehouseCounts & { at: number };

export type ObservedRun = {
  /** The orders open at the start minute, per minute from t0; the arrivals after it as they were. */
  known: Float64Array;
  start: { minute: number; packed: number };
  /** The settings with the packing speed × the measured ratio, or as given when none was measured. */
  settings: Settings;
  speed: ObservedSpeed | null;
  /** The speed in words for the replay's assumptions; null when none was measured. */
  assumption: string | null;
};

/**
 * `paid` holds every order paid in the window up to `at` per minute from `t0` (open or not), length
 * nowIndex + 1. A reading counts the orders paid by its time: it is placed at the next whole minute (the
 * orders paid after it within its own minute count as in it, a rounding under a minute); the anchor at the
 * moment takes in every known order.
 */
export function observedRun(
  readings: readonly StageReading[],
  window: { t0: number; at: number; paid: Float64Array },
  settings: Settings,
): ObservedRun {
  const { t0, paid } = window;
  // As the live estimate does (core/model/observed-warehouse.ts): a reading stands for the end of its minute,
  // whose payments the window counts in it.
  const minuteOf = (t: number) => Math.max(0, Math.min(paid.length, Math.floor((t - t0) / MINUTE) + 1));
  const sorted = [...readings].sort((a, b) => a.at - b.at);
  const last = sorted[sorted.length - 1];
  const anchored = anchorKnown(paid, { minute: minuteOf(last.at), ...counts(last) });
  // Not clamped to the moment's minute: a start there would add that minute's payments and pickup again.
  const start = anchored.start;
  // Readings from before the window's start have no arrivals to set against: left out of the speed.
  // A file's readings are taken as watched from one to the next (observed-speed.ts breaks spans at unseen gaps).
  const kept = sorted.filter((r) => r.at >= t0);
  const samples = kept.map((r, k) => ({
    minute: minuteOf(r.at),
    pickPack: r.pickPack,
    watchedUntil: minuteOf(kept[k + 1]?.at ?? r.at),
  }));
  const speed = observedSpeed(
    samples,
    paid,
    planPipeline(settings, t0, paid.length + 1),
    settings.model.buyerCancelRate,
  );
  if (!speed) return { known: anchored.known, start, settings, speed, assumption: null };
  const pickPack = settings.stages.pickPack;
  const used: Settings = {
    ...settings,
    stages: {
      ...settings.stages,
      pickPack: { ...pickPack, ordersPerPackerHour: pickPack.ordersPerPackerHour * speed.ratio },
    },
  };
  const over = Math.round(speed.toMinute - speed.fromMinute);
  const n = samples.filter((s) => s.minute >= speed.fromMinute).length;
  const assumption =
    `packing speed from the warehouse's counts: ${Math.round(speed.ratio * 100)} % of the settings ` +
    `over ${over} min (n = ${n} readings)`;
  return { known: anchored.known, start, settings: used, speed, assumption };
}

const counts = (r: WarehouseCounts): WarehouseCounts => ({ pickPack: r.pickPack, shipTransport: r.shipTransport });

/** What the replay's JSON says of the observation: the last reading, what the file gave, the speed. */
export type ObservedFigures = WarehouseCounts & {
  at: string;
  /** The file's own state at the moment (open orders, those marked RTS packed). */
  inferred: WarehouseCounts;
  /** The packers' real speed ÷ the settings', from the readings; null when they span too little. */
  speedRatio: number | null;
};

export function observedFigures(
  readings: readonly StageReading[],
  run: ObservedRun,
  inferred: WarehouseCounts,
): ObservedFigures {
  const last = readings.reduce((a, b) => (b.at >= a.at ? b : a));
  return { at: new Date(last.at).toISOString(), ...counts(last), inferred, speedRatio: run.speed?.ratio ?? null };
}
