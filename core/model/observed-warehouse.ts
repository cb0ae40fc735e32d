import { MINUTE } from '../lib/time';
import { readingPage, type StageReading } from '../records/stage-reading';
import type { Settings } from '../settings/settings';
import { planPipeline, runPipeline } from './capacity';
import { stageBacklog } from './lateness';
import { type ObservedSpeed, observedSpeed, packedSpeed, type StageSample } from './observed-speed';
import { type Anchored, anchorKnown } from './observed-start';
import { pickupsBetween } from './pickup-watch';

/**
 * The warehouse as its own pages show it (issue #15), turned into the model's starting point: the latest
 * stage counts re-anchor the known arrivals (observed-start.ts), and "waiting to be packed" read over a
 * span measures the packers' real speed (observed-speed.ts), which then replaces the settings' speed.
 * A role no page showed near the latest reading is taken from the settings' own run, and said so.
 */
export type WarehouseView = {
  /** When the counts the model starts from were first read (the latest change any page showed). */
  at: number;
  minute: number;
  pickPack: number;
  shipTransport: number;
  /** Which of the two came from a page; the other is the settings' figure. */
  observedRoles: ('pickPack' | 'shipTransport')[];
  /** What the settings alone put in those stages at that moment (the inferred state the counts replace). */
  inferred: { pickPack: number; shipTransport: number };
  anchored: Anchored;
  speed: ObservedSpeed | null;
  source: string;
};

/** Readings from this long before the stream's first one still say how it started. */
export const READING_LEAD_MS = 15 * MINUTE;
/** A stage's count read this much before the latest reading is too old to stand beside it. */
export const ROLE_TOGETHER_MS = 2 * MINUTE;

/** The settings with the packers' speed scaled by what the counts measured. */
export function withPackSpeed(settings: Settings, ratio: number): Settings {
  const pickPack = settings.stages.pickPack;
  return {
    ...settings,
    stages: {
      ...settings.stages,
      pickPack: { ...pickPack, ordersPerPackerHour: pickPack.ordersPerPackerHour * ratio },
    },
  };
}

/**
 * The view of the warehouse at the latest change any page showed at or before now, or null when no reading
 * falls in the stream (from READING_LEAD_MS before t0). The counts hold from when they were first read (a
 * row's `at`): a page re-read unchanged may be a tab frozen since it loaded, so the run goes on from the
 * change, not from the last confirmation. `known`: the stream's paid orders per minute from t0 to now's
 * minute; `paidBy(t)`: the stream's orders paid by the instant t (the arrival curve), to split the
 * reading's own minute.
 */
export function observeWarehouse(
  readings: readonly StageReading[],
  settings: Settings,
  t0: number,
  known: Float64Array,
  now: number,
  paidBy: (t: number) => number,
): WarehouseView | null {
  // The instant, not its minute: a reading taken earlier in the current minute is current.
  const nowIndex = Math.floor((now - t0) / MINUTE);
  // Before the stream, only readings with no pickup between them and its start describe its warehouse.
  const rows = readings.filter(
    (r) =>
      r.at <= now &&
      r.at >= t0 - READING_LEAD_MS &&
      (r.at >= t0 || pickupsBetween(settings, r.at, t0 + MINUTE).length === 0),
  );
  if (rows.length === 0) return null;
  const last = rows.reduce((a, r) => (r.at > a.at ? r : a));
  const at = last.at;
  const minute = minuteAfter(at, t0, nowIndex);
  // What the settings alone expected at the start of that minute.
  const run = runPipeline({ settings, t0, arrivals: known.subarray(0, minute), horizonMinutes: 1 });
  const expected = stageBacklog(run, minute - 1);
  const inferred = { pickPack: expected.receipt + expected.pickPack, shipTransport: expected.shipTransport };
  // A role the latest page does not show comes from another page read at about the same time, or still read so then.
  const value = (role: 'pickPack' | 'shipTransport'): number | null => {
    if (last.counts[role] !== undefined) return last.counts[role] as number;
    const other = rows
      .filter((r) => r.counts[role] !== undefined && (r.at >= at - ROLE_TOGETHER_MS || r.until >= at))
      .reduce<StageReading | null>((a, r) => (!a || r.at > a.at ? r : a), null);
    return other ? (other.counts[role] as number) : null;
  };
  const pickPack = value('pickPack');
  const shipTransport = value('shipTransport');
  if (pickPack === null && shipTransport === null) return null;
  const observedRoles = (['pickPack', 'shipTransport'] as const).filter((r) => value(r) !== null);
  const counts = { pickPack: pickPack ?? inferred.pickPack, shipTransport: shipTransport ?? inferred.shipTransport };
  // The reading's minute is counted whole by the arrivals: the orders paid in it after the reading are open too.
  let inMinutes = 0;
  for (let i = 0; i < Math.min(minute, known.length); i++) inMinutes += known[i];
  const paidAfter = Math.max(0, inMinutes - paidBy(at));
  const plan = planPipeline(settings, t0, nowIndex + 1);
  // One page's counts over time: two pages (a platform's tabs, an ERP) count differently, never one series.
  const samePage = (r: StageReading) => readingPage(r) === readingPage(last);
  const speed =
    speedFromPacked(readings, settings, now) ??
    observedSpeed(packSamples(rows.filter(samePage), t0, nowIndex), known, plan, settings.model.buyerCancelRate);
  return {
    at,
    minute,
    ...counts,
    observedRoles,
    inferred,
    anchored: anchorKnown(known, {
      minute,
      pickPack: counts.pickPack + paidAfter,
      shipTransport: counts.shipTransport,
    }),
    speed,
    source: last.source,
  };
}

/** Readings this far back measure the packers from what they turned out (packedSpeed): a working day. */
export const PACKED_SPAN_MS = 16 * 60 * MINUTE;

/**
 * The packers' speed from "waiting for the carrier" + "shipped today" (observed-speed.ts packedSpeed), over
 * the readings of the last PACKED_SPAN_MS that show all three counts; null without two such readings. Its
 * minutes count from the first of them, as its plan does; the span's ends are reported from there.
 */
function speedFromPacked(readings: readonly StageReading[], settings: Settings, now: number): ObservedSpeed | null {
  const full = readings.filter(
    (r) =>
      r.until >= now - PACKED_SPAN_MS &&
      r.at <= now &&
      r.counts.pickPack !== undefined &&
      r.counts.shipTransport !== undefined &&
      r.counts.shippedToday !== undefined,
  );
  if (full.length === 0) return null;
  // The page read last, alone: another page's counts are not this series.
  const newest = full.reduce((a, r) => (r.at > a.at ? r : a));
  const page = full.filter((r) => readingPage(r) === readingPage(newest));
  const from = Math.floor(Math.max(now - PACKED_SPAN_MS, Math.min(...page.map((r) => r.at))) / MINUTE) * MINUTE;
  const samples = page
    .filter((r) => r.at >= from)
    .map((r) => ({
      minute: Math.floor((r.at - from) / MINUTE),
      watchedUntil: Math.floor((Math.min(r.until, now) - from) / MINUTE),
      pickPack: r.counts.pickPack as number,
      packedToday: (r.counts.shipTransport as number) + (r.counts.shippedToday as number),
    }));
  return packedSpeed(samples, planPipeline(settings, from, Math.floor((now - from) / MINUTE) + 1));
}

/**
 * A reading at `t` counts the orders paid up to `t`; the arrival curve puts those of a minute in that minute.
 * So a reading stands for the state at the END of its minute (the start of the next): the orders paid in the
 * rest of that minute, after the reading, are at most one minute's worth, and never counted twice.
 */
const minuteAfter = (t: number, t0: number, nowIndex: number) =>
  Math.max(1, Math.min(nowIndex + 1, Math.floor((t - t0) / MINUTE) + 1));

/** "Waiting to be packed" at each change, from the stream's start on, with how long each was still read so. */
function packSamples(rows: readonly StageReading[], t0: number, nowIndex: number) {
  const out: StageSample[] = [];
  for (const r of rows) {
    const n = r.counts.pickPack;
    if (n === undefined) continue;
    if (r.at >= t0 - MINUTE) {
      out.push({
        minute: minuteAfter(r.at, t0, nowIndex),
        pickPack: n,
        watchedUntil: minuteAfter(r.until, t0, nowIndex),
      });
    }
  }
  return out;
}
