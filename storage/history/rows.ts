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

/** `from` at the rows `idx` (or its first `n` rows when idx is null), written into `to` from `at`. */
function gather<T extends { [k: number]: unknown }>(
  from: T,
  idx: Int32Array | null,
  n: number,
  to: T,
  at: number,
): void {
  if (idx === null) for (let r = 0; r < n; r++) to[at + r] = from[r];
  else for (let r = 0; r < n; r++) to[at + r] = from[idx[r]];
}

/** Codes of one chunk's dictionary, turned into the shared dictionary's through `map`. */
function remapCodes(
  from: Uint32Array,
  idx: Int32Array | null,
  n: number,
  map: Uint32Array,
  to: Uint32Array,
  at: number,
) {
  if (idx === null) for (let r = 0; r < n; r++) to[at + r] = map[from[r]];
  else for (let r = 0; r < n; r++) to[at + r] = map[from[idx[r]]];
}

/**
 * Concatenates chunks' columns, each filtered by `take` when given, into one `History`. Column by column
 * in tight loops (a million orders: the per-row copy of every column by name took about a second).
 */
export function concatChunks(
  chunks: readonly OrderChunk[],
  take?: (chunk: OrderChunk, row: number) => boolean,
): History {
  // Per chunk, the kept rows' indices, or null: every row.
  const kept = chunks.map((ch) => {
    if (!take) return null;
    const idx = new Int32Array(ch.count);
    let n = 0;
    for (let r = 0; r < ch.count; r++) if (take(ch, r)) idx[n++] = r;
    return n === ch.count ? null : idx.subarray(0, n);
  });
  const sizes = kept.map((idx, k) => (idx ? idx.length : chunks[k].count));
  const total = sizes.reduce((s, v) => s + v, 0);
  const c = allocateColumns(total);
  const strings = allocateStrings(total);
  const maps = STRING_COLUMNS.map((name) => remaps(chunks, name, strings[name]));
  const carrier = new Array<string>(total);
  const liveRoomId = new Array<string>(total);
  let at = 0;
  for (let k = 0; k < chunks.length; k++) {
    const ch = chunks[k];
    const idx = kept[k];
    const n = sizes[k];
    if (n === 0) continue;
    for (const name of TIME_COLUMNS) {
      if (idx === null) c[name].set(ch.columns[name].subarray(0, n), at);
      else gather(ch.columns[name], idx, n, c[name], at);
    }
    for (const name of CODE_COLUMNS) {
      if (idx === null) c[name].set(ch.columns[name].subarray(0, n), at);
      else gather<Uint8Array | Uint32Array>(ch.columns[name], idx, n, c[name], at);
    }
    STRING_COLUMNS.forEach((name, s) => {
      remapCodes(ch[name].codes, idx, n, maps[s][k], strings[name].codes, at);
    });
    gather(ch.carrier, idx, n, carrier, at);
    gather(ch.liveRoomId, idx, n, liveRoomId, at);
    at += n;
  }
  const { quantity, ...orders } = c;
  return { orders: { length: total, ...orders }, carrier, liveRoomId, quantity, ...strings };
}
