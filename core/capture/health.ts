/**
 * Capture health of one tab, judged from when readings last succeeded and since when they fail.
 * Pure: the session feeds it the clock, so the thresholds are tested without waiting.
 */
export type Health = 'starting' | 'live' | 'stale' | 'lost' | 'paused';

/** A failure must last this long before it is "lost": a re-render's flicker is not (the issue allows 10 s). */
export const LOST_AFTER_MS = 3000;
/** A page that never shows a readable number within this long after capture began is lost, not loading. */
export const START_GRACE_MS = 10_000;
/** How long a page with a network tap waits for its first data before reading its text instead. */
export const NETWORK_GRACE_MS = 3000;
/** The page's own data (network) not refreshed for this long: the count shown may be old. */
export const STALE_AFTER_MS = 30_000;

export type HealthInput = {
  now: number;
  startedAt: number;
  /** When a reading last succeeded (any source), or null before the first. */
  lastGoodAt: number | null;
  /** Since when every source fails, or null while one works. */
  failingSince: number | null;
  /** When the page's data last arrived (a network response or a change of the counter). */
  lastDataAt: number | null;
  /** Whether the page's data is expected to arrive by itself (a network tap saw it at least once). */
  expectsData: boolean;
  /** Whether the page froze itself (its adapter names why, e.g. an idle-protection dialog). */
  paused?: boolean;
};

export function judgeHealth(h: HealthInput): Health {
  // A frozen page explains quiet data and a missing count: saying why beats "stale" or "lost", and
  // the count already recorded stays right (the page resumes from where it froze).
  if (h.paused) return 'paused';
  if (h.lastGoodAt === null) return h.now - h.startedAt >= START_GRACE_MS ? 'lost' : 'starting';
  if (h.failingSince !== null && h.now - h.failingSince >= LOST_AFTER_MS) return 'lost';
  if (h.expectsData && h.lastDataAt !== null && h.now - h.lastDataAt >= STALE_AFTER_MS) return 'stale';
  return 'live';
}
