import Dexie from 'dexie';
import type { Snapshot } from '../core/snapshot';
import type { RadarDb, StreamRow } from './db';

/**
 * Stores a batch of snapshots in one transaction, idempotently: a seq already stored for its stream
 * is skipped, so a resend after a lost acknowledgement counts nothing twice. The stream row is updated
 * in the same transaction, so it can never disagree with the snapshots.
 */
export async function storeSnapshots(
  db: RadarDb,
  batch: readonly Snapshot[],
): Promise<{ ackedSeq: number; stored: number }> {
  const byStream = new Map<string, Snapshot[]>();
  for (const s of batch) byStream.set(s.streamId, [...(byStream.get(s.streamId) ?? []), s]);
  let stored = 0;
  await db.transaction('rw', db.snapshots, db.streams, async () => {
    for (const [streamId, snaps] of byStream) {
      const keys = snaps.map((s) => [streamId, s.seq] as [string, number]);
      const existing = await db.snapshots.bulkGet(keys);
      const seen = new Set<number>();
      const fresh = snaps.filter((s, i) => !existing[i] && !seen.has(s.seq) && seen.add(s.seq));
      if (fresh.length === 0) continue;
      await db.snapshots.bulkAdd(fresh);
      const row = await db.streams.get(streamId);
      await db.streams.put(nextStreamRow(row, fresh));
      stored += fresh.length;
    }
  });
  return { ackedSeq: Math.max(...batch.map((s) => s.seq)), stored };
}

function nextStreamRow(row: StreamRow | undefined, fresh: readonly Snapshot[]): StreamRow {
  const sorted = [...fresh].sort((a, b) => a.seq - b.seq);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const base: StreamRow = row ?? {
    streamId: first.streamId,
    source: first.source,
    firstAt: first.at,
    lastAt: first.at,
    snapshots: 0,
    firstPaidOrders: first.paidOrders,
    lastPaidOrders: first.paidOrders,
    lastSeq: first.seq,
  };
  const lastIsNewest = last.seq >= base.lastSeq;
  return {
    ...base,
    firstAt: Math.min(base.firstAt, first.at),
    lastAt: Math.max(base.lastAt, last.at),
    snapshots: base.snapshots + fresh.length,
    lastSeq: lastIsNewest ? last.seq : base.lastSeq,
    lastPaidOrders: lastIsNewest ? last.paidOrders : base.lastPaidOrders,
    source: lastIsNewest ? last.source : base.source,
  };
}

/** The highest stored seq of a stream, where a reloaded capture continues. */
export async function lastSeq(db: RadarDb, streamId: string): Promise<number | null> {
  return (await db.streams.get(streamId))?.lastSeq ?? null;
}

/** A stream's snapshots with seq above `afterSeq`, in seq order. */
export function snapshotsAfter(db: RadarDb, streamId: string, afterSeq: number): Promise<Snapshot[]> {
  return db.snapshots
    .where('[streamId+seq]')
    .between([streamId, afterSeq + 1], [streamId, Dexie.maxKey])
    .toArray();
}
