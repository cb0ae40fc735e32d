import { fail, ok } from '../../core/lib/result';
import { recordStageReading } from '../../storage/stage-reading-store';
import { fromStorage, type Handler } from './handler';

/**
 * The latest stream is re-estimated on the warehouse's counts for as long as its readings are kept: the
 * next morning's pickups carry an evening stream's backlog, and the watchdog judges them on its estimate.
 */
const WATCHED_FOR_MS = 2 * 24 * 3_600_000;

/**
 * The warehouse's stage counts from a page (core/records/stage-reading.ts): stored, one row per change;
 * each re-estimates the latest stream, whose model starts from these counts and whose estimate carries the
 * pickup-scan watchdog's judgement.
 */
export const stageReading: Handler<'stage-reading'> = async (payload, ctx, sender) => {
  // A web page speaks for its own site only (the sender check let it through for its address); LES Radar's
  // own pages (tests, a future import of readings) may send any site's.
  const page = sender.url && /^https?:/.test(sender.url) ? originOf(sender.url) : null;
  if (page !== null && page !== payload.origin) {
    return fail('invalid-message', `stage-reading.origin: ${payload.origin} is not the sending page's site (${page})`);
  }
  // A web page's reading is stamped with the background's clock: a page cannot date its counts (a reading from
  // next year would otherwise prune every stored one, one from last week would rewrite the past).
  const reading = page === null ? payload : { ...payload, at: ctx.now() };
  const stored = await fromStorage(() => recordStageReading(ctx.db, reading));
  if (!stored.ok) return stored;
  const latest = await ctx.db.streams.orderBy('lastAt').last();
  // Every reading, changed or not: a count that held past a pickup is what the watchdog judges (coalesced runs).
  if (latest && ctx.now() - latest.lastAt <= WATCHED_FOR_MS) ctx.schedule(latest.streamId);
  return ok({ changed: stored.data });
};

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
