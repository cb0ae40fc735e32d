import Dexie from 'dexie';
import type { Snapshot } from '../core/snapshot';
import type { RadarDb, StreamRow } from './db';

/**
 * Stores a batch of one stream's snapshots in one transaction, idempotently: a seq already stored is
 * skipped, so a resend after a lost acknowledgement counts nothing twice. The stream row is updated in
 * the same transaction, so it can never disagree with the snapshots.
 */
export async function storeSnapshots(
  db: RadarDb,
  batch: readonly Snapshot[],
): Promise<{ ackedSeq: number; stored: number }> {
  const streamId = batch[0]?.streamId;
  if (!streamId || batch.some((s) => s.streamId !== streamId)) {
    throw new Error('storeSnapshots: a batch holds the snapshots of exactly one stream');
  }
  let stored = 0;
  await db.transaction('rw', db.snapshots, db.streams, async () => {
    const existing = await db.snapshots.bulkGet(batch.map((s) => [streamId, s.seq] as [string, number]));
    const seen = new Set<number>();
    const fresh = batch.filter((s, i) => !existing[i] && !seen.has(s.seq) && seen.add(s.seq));
    if (fresh.length === 0) return;
    await db.snapshots.bulkAdd(fresh);
    await db.streams.put(nextStreamRow(await db.streams.get(streamId), fresh));
    stored = fresh.length;
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
    firstSeq: first.seq,
    firstAt: first.at,
    firstPaidOrders: first.paidOrders,
    lastSeq: last.seq,
    lastAt: last.at,
    lastPaidOrders: last.paidOrders,
    snapshots: 0,
  };
  const earliest = first.seq <= base.firstSeq ? first : null;
  const newest = last.seq >= base.lastSeq ? last : null;
  return {
    ...base,
    snapshots: base.snapshots + fresh.length,
    firstSeq: earliest?.seq ?? base.firstSeq,
    firstAt: earliest?.at ?? base.firstAt,
    firstPaidOrders: earliest?.paidOrders ?? base.firstPaidOrders,
    lastSeq: newest?.seq ?? base.lastSeq,
    lastAt: newest?.at ?? base.lastAt,
    lastPaidOrders: newest?.paidOrders ?? base.lastPaidOrders,
    source: newest?.source ?? base.source,
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
