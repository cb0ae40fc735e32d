import { fail, ok } from '../../core/lib/result';
import { recordStageReading } from '../../storage/stage-reading-store';
import { fromStorage, type Handler } from './handler';

/** How recently a stream must have had a reading for the warehouse's counts to re-estimate it. */
const LIVE_WITHIN_MS = 30 * 60_000;

/**
 * The warehouse's stage counts from a page (core/records/stage-reading.ts): stored, one row per change;
 * each re-estimates the stream being captured now, whose model starts from these counts.
 */
export const stageReading: Handler<'stage-reading'> = async (payload, ctx, sender) => {
  // A web page speaks for its own site only (the sender check let it through for its address); LES Radar's
  // own pages (tests, a future import of readings) may send any site's.
  const page = sender.url && /^https?:/.test(sender.url) ? originOf(sender.url) : null;
  if (page !== null && page !== payload.origin) {
    return fail('invalid-message', `stage-reading.origin: ${payload.origin} is not the sending page's site (${page})`);
  }
  const stored = await fromStorage(() => recordStageReading(ctx.db, payload));
  if (!stored.ok) return stored;
  const live = await ctx.db.streams.orderBy('lastAt').last();
  // Every reading, changed or not: a count that held past a pickup is what the watchdog judges (coalesced runs).
  if (live && ctx.now() - live.lastAt <= LIVE_WITHIN_MS) ctx.schedule(live.streamId);
  return ok({ changed: stored.data });
};

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
