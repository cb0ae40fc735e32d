import type { OrderExport } from '../../core/exports/types';
import type { RadarDb } from '../db';
import { currentIndex, forgetIndex, newToken, putToken, rememberIndex } from './generation';
import { type ChunkCodes, chunkCodes, copyRow, type Incoming, mergeRow } from './merge';
import { checkExport, type Job, plan, rejectedCount } from './plan';
import {
  allocateColumns,
  allocateStrings,
  type ImportRow,
  makeChunk,
  type OrderChunk,
  type OrderIndexRow,
  ROW_SPAN,
  STRING_COLUMNS,
  storedForm,
} from './records';

export type UpsertOptions = {
  /** The imported file's name, kept in the `imports` record. */
  source: string;
  /** When the import happened (default: now). */
  at?: number;
  /** Orders per chunk (default CHUNK_SIZE); smaller only in tests. */
  chunkSize: number;
  /** Chunks per transaction (default BATCH_CHUNKS). */
  batchChunks: number;
  /** Called after each batch commits, with the totals so far: what a later failure leaves stored. */
  onBatch?: (done: UpsertResult) => void;
};
export type UpsertResult = { added: number; updated: number; unchanged: number };

/**
 * A copy of `chunk` (or a new chunk) with the export rows `rows` appended. `codes` are the stored
 * chunk's (its dictionaries may already have grown by the merges into it, and keep growing here).
 */
function appended(
  chunkId: number,
  chunk: OrderChunk | undefined,
  codes: ChunkCodes | undefined,
  x: Incoming,
  rows: readonly number[],
): OrderChunk {
  const count = (chunk?.count ?? 0) + rows.length;
  const c = allocateColumns(count);
  const strings = allocateStrings(count);
  const base = chunk?.count ?? 0;
  if (chunk) {
    for (const [name, col] of Object.entries(chunk.columns)) c[name as keyof typeof c].set(col.subarray(0, base));
    for (const name of STRING_COLUMNS) {
      strings[name].values = chunk[name].values;
      strings[name].codes.set(chunk[name].codes.subarray(0, base));
    }
  }
  const codesHere = codes ?? chunkCodes(strings, x);
  const carrier = chunk ? [...chunk.carrier] : [];
  const liveRoomId = chunk ? [...chunk.liveRoomId] : [];
  rows.forEach((i, k) => {
    copyRow(c, base + k, x, i);
    carrier.push(x.carrier[i]);
    liveRoomId.push(x.liveRoomId[i]);
  });
  // One column at a time: a tight loop per column instead of three lookups per order.
  for (const name of STRING_COLUMNS) {
    const [to, from, code] = [strings[name].codes, x[name].codes, codesHere[name]];
    for (let k = 0; k < rows.length; k++) to[base + k] = code(from[rows[k]]);
  }
  return makeChunk(chunkId, count, c, carrier, liveRoomId, strings);
}

/**
 * Does one job to its chunk (`stored`, undefined for a new chunk) and counts into `t`. Gives the chunk
 * to write, with its new id list when orders were appended; undefined when nothing changed.
 */
function applyJob(
  j: Job,
  stored: OrderChunk | undefined,
  storedIds: string[] | undefined,
  x: OrderExport,
  incoming: Incoming,
  t: UpsertResult,
): { chunk: OrderChunk; ids?: string[] } | undefined {
  if (!j.isNew && !stored) throw new Error(`upsertOrders: the id index names chunk ${j.chunkId}, which is missing`);
  let changed = false;
  const codes = stored ? chunkCodes(stored, incoming) : undefined;
  if (stored && codes) {
    j.updates.forEach((i, k) => {
      if (mergeRow(stored, codes, j.rows[k], incoming, i)) {
        t.updated++;
        changed = true;
      } else t.unchanged++;
    });
  }
  if (j.appends.length === 0) {
    if (!stored || !changed) return undefined;
    return { chunk: makeChunk(stored.id, stored.count, stored.columns, stored.carrier, stored.liveRoomId, stored) };
  }
  const ids = j.isNew ? [] : storedIds;
  if (!ids || ids.length !== (stored?.count ?? 0)) {
    throw new Error(`upsertOrders: the id list of chunk ${j.chunkId} does not match the chunk`);
  }
  t.added += j.appends.length;
  return {
    chunk: appended(j.chunkId, stored, codes, incoming, j.appends),
    ids: [...ids, ...j.appends.map((i) => x.orderIds[i])],
  };
}

/**
 * The run behind `upsertOrders` (which serializes it): one read-write transaction per batch of chunks,
 * each reading its chunks afresh, merging, appending and writing them with their id lists; the import
 * record goes in with the last batch, so it exists only when every batch committed.
 */
export async function runUpsert(db: RadarDb, x: OrderExport, opts: UpsertOptions): Promise<UpsertResult> {
  const { chunkSize, batchChunks } = opts;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize >= ROW_SPAN) {
    throw new Error(`upsertOrders: chunkSize must be a whole number from 1 to ${ROW_SPAN - 1}`);
  }
  if (!Number.isInteger(batchChunks) || batchChunks < 1) throw new Error('upsertOrders: batchChunks must be 1 or more');
  const n = checkExport(x);
  const { carrier, liveRoomId, quantity, product, promise, region } = x.meta;
  const incoming: Incoming = { orders: x.orders, carrier, liveRoomId, quantity, product, promise, region };
  const { index, token: before } = await currentIndex(db);
  const jobs = plan(x, n, index, chunkSize);
  // From the first write on the cached index is stale until the run completes and brings it up to date.
  forgetIndex(db);
  const token = newToken();
  let wrote = false; // whether any batch wrote chunks (and so the token)
  const total: UpsertResult = { added: 0, updated: 0, unchanged: 0 };
  const batches: Job[][] = [];
  for (let b = 0; b < jobs.length; b += batchChunks) batches.push(jobs.slice(b, b + batchChunks));
  if (batches.length === 0) batches.push([]);
  for (const [b, batch] of batches.entries()) {
    const tally = await db.transaction('rw', [db.orderChunks, db.orderIndex, db.imports, db.historyMeta], async () => {
      const t: UpsertResult = { added: 0, updated: 0, unchanged: 0 };
      const stored = batch.filter((j) => !j.isNew).map((j) => j.chunkId);
      const chunks = new Map((await db.orderChunks.bulkGet(stored)).map((c, k) => [stored[k], c]));
      const growing = batch.filter((j) => !j.isNew && j.appends.length > 0).map((j) => j.chunkId);
      const idLists = new Map((await db.orderIndex.bulkGet(growing)).map((r, k) => [growing[k], r]));
      const chunkPuts: OrderChunk[] = [];
      const indexPuts: OrderIndexRow[] = [];
      for (const j of batch) {
        const done = applyJob(j, chunks.get(j.chunkId), idLists.get(j.chunkId)?.ids, x, incoming, t);
        if (done) chunkPuts.push(done.chunk);
        if (done?.ids) indexPuts.push({ chunkId: j.chunkId, ids: done.ids });
      }
      if (chunkPuts.length > 0) await db.orderChunks.bulkPut(chunkPuts.map(storedForm));
      if (indexPuts.length > 0) await db.orderIndex.bulkPut(indexPuts);
      // A re-import that changes nothing leaves the token alone: other contexts' indexes stay current.
      if (chunkPuts.length > 0 || indexPuts.length > 0) await putToken(db, token);
      if (b === batches.length - 1) {
        const record: ImportRow = {
          name: opts.source,
          format: x.format,
          rows: x.rows,
          added: total.added + t.added,
          updated: total.updated + t.updated,
          unchanged: total.unchanged + t.unchanged,
          rejected: rejectedCount(x),
          at: opts.at ?? Date.now(),
        };
        await db.imports.add(record);
      }
      return { ...t, wrote: chunkPuts.length > 0 || indexPuts.length > 0 };
    });
    total.added += tally.added;
    total.updated += tally.updated;
    total.unchanged += tally.unchanged;
    wrote ||= tally.wrote;
    opts.onBatch?.({ ...total });
  }
  // Every batch committed: the index plus this run's appends is the stored state its token marks.
  // The catch-up holds the ids and the jobs, not the whole export.
  const appends = jobs.filter((job) => job.appends.length > 0);
  const ids = x.orderIds;
  rememberIndex(db, index, wrote ? token : before, () => {
    for (const job of appends) {
      const from = index.counts.get(job.chunkId) ?? 0;
      index.appended(
        job.chunkId,
        from,
        job.appends.map((k) => ids[k]),
      );
    }
  });
  return total;
}
