import type { Result } from '../core/lib/result';
import type { PlannedDrop } from '../core/model/run-of-show';
import { readStored, type StoredKey, writeStored } from './stored';
import { MAX_PLANNED_STREAMS, type RunOfShowRecord, runOfShowKey } from './stored-keys';

/**
 * The seller's run-of-show per stream (core/model/run-of-show.ts), kept in extension storage under one key
 * of the registry: the background reads it for every estimate, the popup to list the drops. A plan is for one
 * evening: at most MAX_PLANNED_STREAMS streams keep theirs, the plan saved longest ago goes first.
 */

/** The stream's planned drops ([] without a plan), or the error naming what is wrong with the stored record. */
export async function readPlan(streamId: string): Promise<Result<PlannedDrop[]>> {
  const stored = await readStored(runOfShowKey);
  return stored.ok ? { ok: true, data: stored.data?.[streamId]?.drops ?? [] } : stored;
}

/**
 * Saves the stream's drops in time order (none: the stream has no plan). A stored record that fails its check
 * is replaced: the popup said so, and the seller's new plan is the one to keep.
 */
export async function savePlan(streamId: string, drops: readonly PlannedDrop[], now: number): Promise<void> {
  const stored = await readStored(runOfShowKey);
  const record: RunOfShowRecord = { ...(stored.ok ? stored.data : null) };
  delete record[streamId];
  if (drops.length > 0) {
    // Only when there is a new plan: the oldest go to make room for it.
    const kept = Object.entries(record)
      .sort(([, a], [, b]) => b.savedAt - a.savedAt)
      .slice(0, MAX_PLANNED_STREAMS - 1);
    const sorted = [...drops].sort((a, b) => a.at - b.at);
    await writeStored(runOfShowKey, { ...Object.fromEntries(kept), [streamId]: { savedAt: now, drops: sorted } });
  } else await writeStored(runOfShowKey, record);
}

/** The record as stored, unchecked: a plan is removed even from a record that fails its check. */
const asStored: StoredKey<unknown> = { ...runOfShowKey, parse: (raw) => ({ ok: true, value: raw }) };

/**
 * Removes the plans `gone` picks (by stream, and when saved: unknown for an entry that fails its check);
 * how many went. For "Delete this stream" and the retention run.
 */
export async function removePlans(gone: (streamId: string, savedAt: number) => boolean): Promise<number> {
  const stored = await readStored(asStored);
  if (!stored.ok) throw new Error(stored.error.message);
  const raw = stored.data;
  if (typeof raw !== 'object' || raw === null) return 0;
  const entries = Object.entries(raw as Record<string, unknown>);
  const savedAt = (v: unknown) => {
    const t = (v as { savedAt?: unknown } | null)?.savedAt;
    return typeof t === 'number' ? t : Number.NEGATIVE_INFINITY;
  };
  const kept = entries.filter(([id, v]) => !gone(id, savedAt(v)));
  if (kept.length < entries.length) await writeStored(asStored, Object.fromEntries(kept));
  return entries.length - kept.length;
}
