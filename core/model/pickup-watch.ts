import { MINUTE, type OffsetFn, offsetMinutes } from '../lib/time';
import type { StageReading } from '../records/stage-reading';
import type { Settings } from '../settings/settings';
import { nextPickupAt, pickupScheduleOf } from './pickups';

/**
 * The pickup-scan watchdog (issue #15): a scheduled carrier pickup has passed, and the count of parcels
 * packed and waiting for the carrier has not dropped. Judged only where the pages were read on both
 * sides of the pickup: just before it, and once the scans have had time to show on the page after it.
 */
export type MissedPickup = {
  /** The scheduled pickup that passed. */
  pickupAt: number;
  /** Parcels waiting for the carrier at the last reading before it, and at the first one judged after it. */
  before: number;
  after: number;
  /** Since when parcels have waited without a break: the oldest of them was labelled by then. */
  waitingSince: number;
};

/** Scans take a while to show on the seller's pages: the count is judged this long after the pickup. */
export const SCAN_GRACE_MS = 20 * MINUTE;
/** A reading older than this before the pickup says nothing about what waited for it. */
export const BEFORE_WITHIN_MS = 60 * MINUTE;

type Span = Pick<StageReading, 'at' | 'until'> & { waiting: number };

/** The scheduled pickups in (from, to], oldest first. */
export function pickupsBetween(settings: Settings, from: number, to: number): number[] {
  const zone: OffsetFn = (t) => offsetMinutes(settings.timezone, t);
  const schedule = pickupScheduleOf(settings);
  const out: number[] = [];
  for (let t = nextPickupAt(zone, schedule, from + 1); !Number.isNaN(t) && t <= to; ) {
    out.push(t);
    t = nextPickupAt(zone, schedule, t + 1);
    if (out.length > 1000) break; // a schedule can never hold this many in a watched span
  }
  return out;
}

/** A pickup the readings can judge: `missed` when its "waiting for the carrier" count did not drop. */
export type JudgedPickup = MissedPickup & { missed: boolean };

/**
 * Every pickup in the readings' span that they can judge, oldest first. `readings` may come from several
 * pages: only those with a shipTransport count are read.
 */
export function judgedPickups(readings: readonly StageReading[], settings: Settings, now: number): JudgedPickup[] {
  const spans: Span[] = readings
    .filter((r) => r.counts.shipTransport !== undefined)
    .map((r) => ({ at: r.at, until: r.until, waiting: r.counts.shipTransport as number }))
    .sort((a, b) => a.at - b.at);
  if (spans.length === 0) return [];
  const out: JudgedPickup[] = [];
  for (const pickupAt of pickupsBetween(settings, spans[0].at, now - SCAN_GRACE_MS)) {
    // The last count read at or before the pickup, not too long before it.
    const before = spans.filter((s) => s.at <= pickupAt && s.until >= pickupAt - BEFORE_WITHIN_MS).pop();
    // The count once the scans could show: the span holding that instant, or the first read after it.
    const judgedAt = pickupAt + SCAN_GRACE_MS;
    const after = spans.find((s) => s.until >= judgedAt && s.at <= now);
    if (!before || !after) continue;
    const missed = before.waiting > 0 && after.waiting >= before.waiting;
    out.push({
      pickupAt,
      before: before.waiting,
      after: after.waiting,
      waitingSince: waitingSince(spans, before),
      missed,
    });
  }
  return out;
}

/** The judged pickups whose count did not drop. */
export const missedPickups = (readings: readonly StageReading[], settings: Settings, now: number): MissedPickup[] =>
  judgedPickups(readings, settings, now).flatMap(({ missed, ...p }) => (missed ? [p] : []));

/** The start of the unbroken run of readings with parcels waiting that ends at `span`. */
function waitingSince(spans: readonly Span[], span: Span): number {
  let since = span.at;
  for (let i = spans.indexOf(span) - 1; i >= 0 && spans[i].waiting > 0 && spans[i].until >= since - 30 * MINUTE; i--) {
    since = spans[i].at;
  }
  return since;
}

/** Which missed pickups have not been alerted yet; the alerted list keeps the newest 50 pickups. */
export function pickupAlertsDue(
  alerted: readonly number[],
  missed: readonly MissedPickup[],
): { due: MissedPickup[]; alerted: number[] } {
  const seen = new Set(alerted);
  const due = missed.filter((m) => !seen.has(m.pickupAt));
  return { due, alerted: [...alerted, ...due.map((m) => m.pickupAt)].slice(-50) };
}
