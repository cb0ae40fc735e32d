import { MINUTE, type OffsetFn, offsetMinutes } from '../lib/time';
import { readingPage, type StageReading } from '../records/stage-reading';
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
/** The count before the pickup: read at most this long before it (pages send at least once a minute). */
export const BEFORE_WITHIN_MS = 10 * MINUTE;
/** The count after: read at most this long after the judgement's instant. */
export const AFTER_WITHIN_MS = 30 * MINUTE;

type Span = Pick<StageReading, 'at' | 'until'> & { waiting: number; shipped?: number };

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
 * Every pickup the readings can judge, oldest first, page by page (one page's rows never stand in for
 * another's). A page judges a pickup when it was read just before it and showed a changed count after it
 * (so it was not a tab frozen since it loaded). Missed: parcels waited before, none of the counts read
 * between the pickup and the judgement fell below that, the count at the judgement is not lower, and
 * "shipped today", where the page shows it, did not rise (a carrier that came and left the shelf
 * refilled by the packers took parcels). A pickup judged on several pages is missed only if no page saw
 * it taken.
 */
export function judgedPickups(readings: readonly StageReading[], settings: Settings, now: number): JudgedPickup[] {
  const pages = new Map<string, Span[]>();
  for (const r of readings) {
    if (r.counts.shipTransport === undefined) continue;
    const key = readingPage(r);
    const span = { at: r.at, until: r.until, waiting: r.counts.shipTransport, shipped: r.counts.shippedToday };
    pages.set(key, [...(pages.get(key) ?? []), span]);
  }
  const byPickup = new Map<number, JudgedPickup>();
  for (const spans of pages.values()) {
    spans.sort((a, b) => a.at - b.at);
    for (const pickupAt of pickupsBetween(settings, spans[0].at, now - SCAN_GRACE_MS)) {
      const j = judgeOn(spans, pickupAt, now);
      const seen = byPickup.get(pickupAt);
      if (j && (!seen || (seen.missed && !j.missed))) byPickup.set(pickupAt, j);
    }
  }
  return [...byPickup.values()].sort((a, b) => a.pickupAt - b.pickupAt);
}

function judgeOn(spans: readonly Span[], pickupAt: number, now: number): JudgedPickup | null {
  const judgedAt = pickupAt + SCAN_GRACE_MS;
  const before = spans.filter((s) => s.at <= pickupAt && s.until >= pickupAt - BEFORE_WITHIN_MS).pop();
  const live = spans.some((s) => s.at > pickupAt && s.at <= now);
  const after =
    spans.find((s) => s.at <= judgedAt && s.until >= judgedAt) ??
    spans.find((s) => s.at > judgedAt && s.at <= Math.min(now, judgedAt + AFTER_WITHIN_MS));
  if (!before || !after || !live) return null;
  const dipped = spans.some((s) => s.at > pickupAt && s.at <= judgedAt && s.waiting < before.waiting);
  const carried = before.shipped !== undefined && after.shipped !== undefined && after.shipped > before.shipped;
  return {
    pickupAt,
    before: before.waiting,
    after: after.waiting,
    waitingSince: waitingSince(spans, before),
    missed: before.waiting > 0 && !dipped && !carried && after.waiting >= before.waiting,
  };
}

/** The judged pickups whose count did not drop. */
export const missedPickups = (readings: readonly StageReading[], settings: Settings, now: number): MissedPickup[] =>
  judgedPickups(readings, settings, now).flatMap(({ missed, ...p }) => (missed ? [p] : []));

/**
 * Since when the parcels waiting at `span` have waited: back through the readings while the count never
 * fell (a fall is a pickup that took the older parcels, first in first out) and the readings follow each
 * other within half an hour.
 */
function waitingSince(spans: readonly Span[], span: Span): number {
  let since = span.at;
  let next = span;
  for (let i = spans.indexOf(span) - 1; i >= 0; i--) {
    const s = spans[i];
    if (s.waiting <= 0 || s.waiting > next.waiting || s.until < since - 30 * MINUTE) break;
    since = s.at;
    next = s;
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
