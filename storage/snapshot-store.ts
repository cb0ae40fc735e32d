import Dexie from 'dexie';
import type { FeedOrders } from '../core/capture/outbox';
import type { Snapshot } from '../core/records/snapshot';
import type { RadarDb, StreamRow } from './db';
import { countFeedOrders, feedOrderRows } from './feed-order-store';

/**
 * Stores a batch of one stream's snapshots in one transaction, idempotently: a seq already stored by
 * the same capture is skipped, so a resend after a lost acknowledgement counts nothing twice. A seq
 * held by another capture (a second tab, a count typed in the popup) is a collision: nothing from it
 * on is stored, and `renumberFrom` tells the sender where its pending readings continue (and
 * `headPaidOrders` the count they continue from). The stream
 * row is updated in the same transaction, so it can never disagree with the snapshots; so are the order
 * ids a stored snapshot counted from an order feed (`feedOrders`), and only a stored one's: a skipped
 * resend wrote its ids the first time, a collision's come again with its renumbered seq.
 */
export async function storeSnapshots(
  db: RadarDb,
  batch: readonly Snapshot[],
  feedOrders: FeedOrders = [],
): Promise<{ ackedSeq: number; stored: number; renumberFrom?: number; headPaidOrders?: number | null }> {
  const streamId = batch[0]?.streamId;
  if (!streamId || batch.some((s) => s.streamId !== streamId)) {
    throw new Error('storeSnapshots: a batch holds the snapshots of exactly one stream');
  }
  const sorted = [...batch].sort((a, b) => a.seq - b.seq);
  return db.transaction('rw', [db.snapshots, db.streams, db.feedOrders], async () => {
    const existing = await db.snapshots.bulkGet(sorted.map((s) => [streamId, s.seq] as [string, number]));
    const clash = sorted.findIndex((s, i) => existing[i] && existing[i]?.capture !== s.capture);
    const upTo = clash === -1 ? sorted : sorted.slice(0, clash);
    const seen = new Set<number>();
    const fresh = upTo.filter((s, i) => !existing[i] && !seen.has(s.seq) && seen.add(s.seq));
    const row = await db.streams.get(streamId);
    const next = fresh.length ? nextStreamRow(row, fresh) : row;
    if (fresh.length) {
      await db.snapshots.bulkAdd(fresh);
      await db.streams.put(next as StreamRow);
      const rows = feedOrderRows(streamId, new Set(fresh.map((s) => s.seq)), feedOrders);
      if (rows.length) await db.feedOrders.bulkPut(rows);
    }
    if (clash === -1) return { ackedSeq: sorted[sorted.length - 1].seq, stored: fresh.length };
    return {
      ackedSeq: sorted[clash].seq - 1,
      stored: fresh.length,
      renumberFrom: Math.max(next?.lastSeq ?? -1, sorted[clash].seq) + 1,
      // The count the other capture recorded: a feed's pending readings are rebased on it, not below it.
      headPaidOrders: next?.lastPaidOrders ?? null,
    };
  });
}

/** Stores one count typed by hand after everything already recorded for the stream. */
export async function storeManualCount(db: RadarDb, streamId: string, at: number, paidOrders: number) {
  return db.transaction('rw', db.snapshots, db.streams, async () => {
    const row = await db.streams.get(streamId);
    const seq = (row?.lastSeq ?? -1) + 1;
    const snapshot: Snapshot = { streamId, seq, at, paidOrders, source: 'manual', capture: 'manual' };
    await db.snapshots.add(snapshot);
    await db.streams.put(nextStreamRow(row, [snapshot]));
    return { seq };
  });
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

/**
 * The highest stored seq of a stream, where a reloaded capture continues, the count it recorded, and
 * how many order ids that count holds from an order feed (read together, so they agree).
 */
export function streamHead(db: RadarDb, streamId: string) {
  return db.transaction('r', db.streams, db.feedOrders, async () => {
    const row = await db.streams.get(streamId);
    const feedOrders = await countFeedOrders(db, streamId);
    return { lastSeq: row?.lastSeq ?? null, lastPaidOrders: row?.lastPaidOrders ?? null, feedOrders };
  });
}

/** A stream's snapshots with seq above `afterSeq`, in seq order. */
export function snapshotsAfter(db: RadarDb, streamId: string, afterSeq: number): Promise<Snapshot[]> {
  return db.snapshots
    .where('[streamId+seq]')
    .between([streamId, afterSeq + 1], [streamId, Dexie.maxKey])
    .toArray();
}
