import { interner, type StringColumn } from '../../core/lib/string-column';
import type { RecordedOrders } from '../../core/records/orders';
import {
  allocateColumns,
  allocateStrings,
  CODE_COLUMNS,
  makeChunk,
  type OrderChunk,
  STRING_COLUMNS,
  type StringColumns,
  TIME_COLUMNS,
} from './records';

/** Every stored order as columns, the strings per order beside them. */
export type History = {
  orders: RecordedOrders;
  carrier: string[];
  liveRoomId: string[];
  /** Items per order; 0 for an order stored before quantities were (database version 2). */
  quantity: Uint32Array;
} & StringColumns;

/** A chunk holding only the rows marked in `keep` (in their order), renumbered from 0. */
export function keepRows(chunk: OrderChunk, keep: Uint8Array, kept: number): OrderChunk {
  const c = allocateColumns(kept);
  const strings = allocateStrings(kept);
  // The dictionaries stay whole: a value no kept row uses costs a few bytes, and codes stay valid.
  for (const name of STRING_COLUMNS) strings[name].values = [...chunk[name].values];
  const carrier: string[] = [];
  const liveRoomId: string[] = [];
  let k = 0;
  for (let r = 0; r < chunk.count; r++) {
    if (!keep[r]) continue;
    for (const name of TIME_COLUMNS) c[name][k] = chunk.columns[name][r];
    for (const name of CODE_COLUMNS) c[name][k] = chunk.columns[name][r];
    for (const name of STRING_COLUMNS) strings[name].codes[k] = chunk[name].codes[r];
    carrier.push(chunk.carrier[r]);
    liveRoomId.push(chunk.liveRoomId[r]);
    k++;
  }
  return makeChunk(chunk.id, kept, c, carrier, liveRoomId, strings);
}

/** Each chunk's codes of one string column → codes of one dictionary shared by all of them. */
function remaps(chunks: readonly OrderChunk[], name: keyof StringColumns, into: StringColumn): Uint32Array[] {
  const code = interner(into.values);
  return chunks.map((ch) => Uint32Array.from(ch[name].values, code));
}

/** Concatenates chunks' columns, each filtered by `take` when given, into one `History`. */
export function concatChunks(
  chunks: readonly OrderChunk[],
  take?: (chunk: OrderChunk, row: number) => boolean,
): History {
  const masks = chunks.map((ch) => {
    if (!take) return null;
    const m = new Uint8Array(ch.count);
    for (let r = 0; r < ch.count; r++) m[r] = take(ch, r) ? 1 : 0;
    return m;
  });
  const sizes = masks.map((m, k) => (m ? m.reduce((s, v) => s + v, 0) : chunks[k].count));
  const total = sizes.reduce((s, v) => s + v, 0);
  const c = allocateColumns(total);
  const strings = allocateStrings(total);
  const maps = STRING_COLUMNS.map((name) => remaps(chunks, name, strings[name]));
  const carrier: string[] = [];
  const liveRoomId: string[] = [];
  let at = 0;
  chunks.forEach((ch, k) => {
    const m = masks[k];
    if (!m || sizes[k] === ch.count) {
      // The whole chunk: one typed-array copy per column.
      for (const name of TIME_COLUMNS) c[name].set(ch.columns[name].subarray(0, ch.count), at);
      for (const name of CODE_COLUMNS) c[name].set(ch.columns[name].subarray(0, ch.count), at);
      STRING_COLUMNS.forEach((name, s) => {
        const map = maps[s][k];
        const from = ch[name].codes;
        const to = strings[name].codes;
        for (let r = 0; r < ch.count; r++) to[at + r] = map[from[r]];
      });
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
      STRING_COLUMNS.forEach((name, s) => {
        strings[name].codes[at] = maps[s][k][ch[name].codes[r]];
      });
      carrier.push(ch.carrier[r]);
      liveRoomId.push(ch.liveRoomId[r]);
      at++;
    }
  });
  const { quantity, ...orders } = c;
  return { orders: { length: total, ...orders }, carrier, liveRoomId, quantity, ...strings };
}
