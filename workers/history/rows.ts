import type { OrderColumns } from '../../core/orders';
import { allocateColumns, CODE_COLUMNS, makeChunk, type OrderChunk, TIME_COLUMNS } from './records';

/** A chunk holding only the rows marked in `keep` (in their order), renumbered from 0. */
export function keepRows(chunk: OrderChunk, keep: Uint8Array, kept: number): OrderChunk {
  const c = allocateColumns(kept);
  const carrier: string[] = [];
  const liveRoomId: string[] = [];
  let k = 0;
  for (let r = 0; r < chunk.count; r++) {
    if (!keep[r]) continue;
    for (const name of TIME_COLUMNS) c[name][k] = chunk.columns[name][r];
    for (const name of CODE_COLUMNS) c[name][k] = chunk.columns[name][r];
    carrier.push(chunk.carrier[r]);
    liveRoomId.push(chunk.liveRoomId[r]);
    k++;
  }
  return makeChunk(chunk.id, kept, c, carrier, liveRoomId);
}

/** Concatenates chunks' columns, each filtered by `take` when given, into one `OrderColumns`. */
export function concatChunks(
  chunks: readonly OrderChunk[],
  take?: (chunk: OrderChunk, row: number) => boolean,
): { orders: OrderColumns; carrier: string[]; liveRoomId: string[] } {
  const masks = chunks.map((ch) => {
    if (!take) return null;
    const m = new Uint8Array(ch.count);
    for (let r = 0; r < ch.count; r++) m[r] = take(ch, r) ? 1 : 0;
    return m;
  });
  const sizes = masks.map((m, k) => (m ? m.reduce((s, v) => s + v, 0) : chunks[k].count));
  const total = sizes.reduce((s, v) => s + v, 0);
  const c = allocateColumns(total);
  const carrier: string[] = [];
  const liveRoomId: string[] = [];
  let at = 0;
  chunks.forEach((ch, k) => {
    const m = masks[k];
    if (!m || sizes[k] === ch.count) {
      // The whole chunk: one typed-array copy per column.
      for (const name of TIME_COLUMNS) c[name].set(ch.columns[name].subarray(0, ch.count), at);
      for (const name of CODE_COLUMNS) c[name].set(ch.columns[name].subarray(0, ch.count), at);
      for (let r = 0; r < ch.count; r++) {
        carrier.push(ch.carrier[r]);
        liveRoomId.push(ch.liveRoomId[r]);
      }
      at += ch.count;
      return;
    }
    for (let r = 0; r < ch.count; r++) {
      if (!m[r]) continue;
      for (const name of TIME_COLUMNS) c[name][at] = ch.columns[name][r];
      for (const name of CODE_COLUMNS) c[name][at] = ch.columns[name][r];
      carrier.push(ch.carrier[r]);
      liveRoomId.push(ch.liveRoomId[r]);
      at++;
    }
  });
  return { orders: { length: total, ...c }, carrier, liveRoomId };
}
