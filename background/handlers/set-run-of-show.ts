import { fail } from '../../core/lib/result';
import { DAY } from '../../core/lib/time';
import { savePlan } from '../../storage/run-of-show-store';
import { estimateAndPublish } from '../stream-estimate';
import { fromStorage, type Handler } from './handler';

/** How far from the stream's first reading a planned drop may lie: a run-of-show is for one evening. */
export const PLAN_SPAN_MS = DAY;

/**
 * Popup → background: the seller's run-of-show for a stream (core/model/run-of-show.ts), the forecast's
 * prior. Each drop must lie within a day of the stream's first reading (a stream with none starts now);
 * the plan is saved, and the stream's estimate, run at once on it, is stored and pushed to every face,
 * so the overlay, the popup and the badge all follow the new plan. Only LES Radar's own pages get here
 * (background/sender-check.ts).
 */
export const setRunOfShow: Handler<'set-run-of-show'> = async ({ streamId, drops }, ctx) => {
  const now = ctx.now();
  const row = await fromStorage(() => ctx.db.streams.get(streamId));
  if (!row.ok) return row;
  const first = row.data?.firstAt ?? now;
  const wrong = drops.findIndex((d) => Math.abs(d.at - first) > PLAN_SPAN_MS);
  if (wrong >= 0) {
    const iso = (t: number) => new Date(t).toISOString();
    return fail(
      'invalid-message',
      `set-run-of-show.drops[${wrong}].at: ${iso(drops[wrong].at)} (${drops[wrong].orders} orders) is more than a day from the stream ${streamId}'s first reading at ${iso(first)}`,
    );
  }
  const saved = await fromStorage(() => savePlan(streamId, drops, now));
  if (!saved.ok) return saved;
  return estimateAndPublish(ctx, streamId);
};
