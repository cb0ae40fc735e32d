import { fail } from '../../core/lib/result';
import { storeManualCount } from '../../storage/snapshot-store';
import { fromStorage, type Handler } from './handler';

/** How far ahead of the background's clock a typed count's time may be: another context's clock may run a little fast. */
export const MANUAL_AHEAD_MS = 60_000;

/**
 * A count typed in the popup, at `at` (default now). The time must fall within the stream: not before its
 * first snapshot (a stream with none starts now), not after a minute from now, so a typed count can never
 * reorder what capture recorded nor sit in the future of every estimate.
 */
export const manualCount: Handler<'manual-count'> = async ({ streamId, paidOrders, at }, ctx) => {
  const now = ctx.now();
  if (at !== undefined) {
    const row = await fromStorage(() => ctx.db.streams.get(streamId));
    if (!row.ok) return row;
    const from = row.data?.firstAt ?? now - MANUAL_AHEAD_MS;
    if (at < from || at > now + MANUAL_AHEAD_MS) {
      const iso = (t: number) => new Date(t).toISOString();
      return fail(
        'invalid-message',
        `manual-count.at: ${iso(at)} is outside the stream ${streamId} (from ${iso(from)} to ${iso(now + MANUAL_AHEAD_MS)})`,
      );
    }
  }
  const stored = await fromStorage(() => storeManualCount(ctx.db, streamId, at ?? now, paidOrders));
  if (stored.ok) ctx.schedule(streamId);
  return stored;
};
