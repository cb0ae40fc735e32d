import * as Comlink from 'comlink';
import Papa from 'papaparse';
import { type OrderExport, readOrderExport } from '../../core/exports';
import { seeded } from '../../core/lib/random';
import { DB_NAME, RadarDb } from '../../storage/db';
import { OrderIndex } from '../../storage/history/order-index';
import {
  allocateColumns,
  allocateStrings,
  BATCH_CHUNKS,
  CHUNK_SIZE,
  CODE_COLUMNS,
  makeChunk,
  type OrderChunk,
  STRING_COLUMNS,
  TIME_COLUMNS,
} from '../../storage/history/records';
import { syntheticExport } from '../../storage/history/synthetic';
import { type History, loadHistory, upsertOrders } from '../../storage/history-store';
import type { ImportApi } from '../../workers/import/types';

/**
 * The page side of the browser benchmark (scripts/bench-browser.ts bundles it with esbuild and runs it
 * in headless Chromium): the order-export import measured where it will run, on IndexedDB, through the
 * project's own modules. Everything happens in one call of `lesBench`, which returns the figures.
 */

export type BrowserBenchOptions = {
  /** Data rows (SKU lines) of the generated export. */
  rows: number;
  /** Orders stored one record each for the naive store (its time is scaled to `historyOrders`). */
  naiveOrders: number;
  /** Orders in the history that is loaded back and written as raw chunks. */
  historyOrders: number;
  /** How many times `loadHistory` runs (the median is reported). */
  loads: number;
};

export type BrowserBenchResult = {
  userAgent: string;
  text: { rows: number; orders: number; columns: number; megabytes: number; generateMs: number };
  import: { readMs: number; upsertMs: number; orders: number; rejected: number };
  /** The product's path: a File through the import worker (its own bundle) into its database; reading ends at 'storing'. */
  worker: { ms: number; readMs: number; added: number };
  papa: { arraysStepMs: number; arraysChunkMs: number; headerStepMs: number };
  topUp: { orders: number; storedBefore: number; ms: number };
  /** `OrderIndex.load` of the whole history: what every upsert does before its first write. */
  index: { orders: number; ms: number };
  load: { orders: number; ms: number[] };
  naive: { orders: number; ms: number };
  chunks: { orders: number; chunks: number; ms: number };
};

const TIME_ZONE = 'Europe/London';
const DAY = 86_400_000;
/** Every generated order id is this prefix and 14 digits: 18 digits, as TikTok's. */
const ID_PREFIX = '5764';

const log = (step: string) => console.log(`[bench] ${step}`);
const ms = (from: number) => performance.now() - from;
/** Lets the event loop turn (and the driver see the progress lines) between long synchronous steps. */
const breathe = () => new Promise((r) => setTimeout(r, 0));

const HEADER = [
  'Order ID',
  'Order Status',
  'SKU ID',
  'Product Name',
  'Variation',
  'Quantity',
  'Order Amount',
  'Created Time',
  'Paid Time',
  'RTS Time',
  'Shipped Time',
  'Delivered Time',
  'Cancelled Time',
  'Cancel By',
  'Tracking ID',
  'Shipping Provider Name',
  'Delivery Option',
  'Buyer Message',
  'Buyer Username',
  'Recipient',
  'Phone #',
  'Zipcode',
  'City',
  'Detail Address',
];
const PRODUCTS: [string, string][] = [
  ['Cotton Tee', '"Black, M"'],
  ['Cotton Tee', '"White, L"'],
  ['"Wool Socks, 3 pack"', 'Grey'],
  ['Knit Beanie', 'Navy'],
  ['Silk Scarf', 'Red'],
  ['Logo Keyring', 'Default'],
];
const CARRIERS = ['Evri', 'Royal Mail', 'DPD', 'Yodel', 'Parcelforce'];
const NAMES = ['Margaret Thornbury', 'Theodore Kingsley-Wilder', 'Priya Raman', 'Tom Okafor', 'Aoife Byrne'];
const CITIES = ['Leeds', 'Bristol', 'Manchester', 'Glasgow', 'Cardiff'];
const MESSAGES = ['"Gift wrap please"', '"Please leave with\r\nneighbour at no. 223, thanks"', '"Ring twice, thanks"'];

const two = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const dayText = new Map<number, string>();

/** A wall-clock instant (ms, the local time read as if UTC) as DD/MM/YYYY HH:MM:SS, tab-wrapped as TikTok writes it. */
function stamp(wall: number): string {
  const day = Math.floor(wall / DAY);
  let d = dayText.get(day);
  if (d === undefined) {
    const date = new Date(day * DAY);
    d = `${two[date.getUTCDate()]}/${two[date.getUTCMonth() + 1]}/${date.getUTCFullYear()}`;
    dayText.set(day, d);
  }
  const s = Math.floor((wall - day * DAY) / 1000);
  return `${d} ${two[Math.floor(s / 3600)]}:${two[Math.floor(s / 60) % 60]}:${two[s % 60]}\t`;
}

/**
 * A TikTok Shop Seller Center export of `rows` SKU lines: the columns the reader needs plus a few personal
 * ones it never reads, CRLF lines, ids and times tab-wrapped, some quoted cells (a comma, a line break).
 * Orders have 1 line (75 %), 2 (20 %) or 3 (5 %): 1.3 on average; the last order may be cut short.
 * 85 % delivered, 7 % in transit, 4 % awaiting shipment, 3 % cancelled, 1 % unpaid. Seeded.
 */
export function tiktokExport(rows: number, seed = 7): { text: string; orders: number } {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const lines: string[] = [HEADER.join(',')];
  let wall = Date.UTC(2026, 7, 1, 8);
  let orders = 0;
  while (lines.length <= rows) {
    wall += Math.floor(rnd() * 16_000);
    const id = `${ID_PREFIX}${String(10_000_000_000_000 + orders * 37).padStart(14, '0')}\t`;
    orders++;
    const fate = rnd();
    const paid = fate < 0.01 ? Number.NaN : wall + Math.floor(rnd() * 60_000);
    const cancelled = fate < 0.04 ? wall + Math.floor(rnd() * 7_200_000) : Number.NaN;
    const shipped = fate >= 0.08 ? paid + Math.floor((2 + rnd() * 40) * 3_600_000) : Number.NaN;
    const delivered = fate >= 0.15 ? shipped + Math.floor((24 + rnd() * 72) * 3_600_000) : Number.NaN;
    const status =
      fate < 0.01
        ? 'Unpaid'
        : fate < 0.04
          ? 'Cancelled'
          : fate < 0.08
            ? 'To ship'
            : fate < 0.15
              ? 'Shipped'
              : 'Completed';
    const cancelBy = fate < 0.01 ? 'System' : fate < 0.04 ? pick(['Buyer', 'Buyer', 'Buyer', 'Seller']) : '';
    const carrier = Number.isNaN(shipped) ? '' : pick(CARRIERS);
    const tracking = carrier === '' ? '' : `JJD000${Math.floor(1e9 + rnd() * 9e9)}`;
    const message = rnd() < 0.05 ? pick(MESSAGES) : '';
    const person = `${pick(['sunny_daisy_88', 'theo.k.wilder', 'priya_r_19'])},${pick(NAMES)},(+44)77009${String(Math.floor(rnd() * 1e5)).padStart(5, '0')},LS6 2QT,${pick(CITIES)},${1 + Math.floor(rnd() * 300)} Otley Road`;
    // Ready to ship 1–5 h before the pickup scan, and the delivery option, follow from the order's number:
    // no extra draws, so every other column is what it was before these two were added.
    const rts = shipped - 3_600_000 * (1 + (orders % 5));
    const option = orders % 10 === 0 ? 'Express shipping' : 'Standard shipping';
    const times = [wall, paid, rts, shipped, delivered, cancelled]
      .map((t) => (Number.isNaN(t) ? '' : stamp(t)))
      .join(',');
    const skuLines = rnd() < 0.75 ? 1 : rnd() < 0.8 ? 2 : 3;
    const amount = `${5 + Math.floor(rnd() * 60)}.${two[Math.floor(rnd() * 100)]}`;
    for (let k = 0; k < skuLines && lines.length <= rows; k++) {
      const [product, variation] = pick(PRODUCTS);
      const sku = `${1_729_384_756_000 + Math.floor(rnd() * 999)}\t`;
      const quantity = 1 + Math.floor(rnd() * 3);
      lines.push(
        `${id},${status},${sku},${product},${variation},${quantity},${amount},${times},${cancelBy},${tracking},${carrier},${option},${message},${person}`,
      );
    }
  }
  return { text: `${lines.join('\r\n')}\r\n`, orders };
}

/** A scratch IndexedDB database with one store per naive record and one per chunk, no indexes. */
function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('orders', { keyPath: 'id' });
      req.result.createObjectStore('chunks', { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const deleteDatabase = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });

const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });

/** One record per order, `perTransaction` puts per read-write transaction (strict durability, as RadarDb). */
async function naiveStore(raw: IDBDatabase, x: OrderExport, n: number, perTransaction: number): Promise<number> {
  const o = x.orders;
  const t0 = performance.now();
  for (let b = 0; b < n; b += perTransaction) {
    const tx = raw.transaction('orders', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('orders');
    for (let i = b; i < Math.min(n, b + perTransaction); i++) {
      store.put({
        id: x.orderIds[i],
        paidAt: o.paidAt[i],
        shippedAt: o.shippedAt[i],
        deliveredAt: o.deliveredAt[i],
        deliverBy: o.deliverBy[i],
        shipBy: o.shipBy[i],
        cancelledAt: o.cancelledAt[i],
        cancelledBy: o.cancelledBy[i],
        flags: o.flags[i],
        carrier: x.meta.carrier[i],
        liveRoomId: x.meta.liveRoomId[i],
      });
    }
    await committed(tx);
  }
  return ms(t0);
}

/** The history cut into chunk records as the store keeps them (built before the clock starts). */
function chunksOf(h: History): OrderChunk[] {
  const out: OrderChunk[] = [];
  for (let from = 0, id = 0; from < h.orders.length; from += CHUNK_SIZE, id++) {
    const count = Math.min(CHUNK_SIZE, h.orders.length - from);
    const c = allocateColumns(count);
    const all = { ...h.orders, quantity: h.quantity };
    for (const name of [...TIME_COLUMNS, ...CODE_COLUMNS]) c[name].set(all[name].subarray(from, from + count));
    const strings = allocateStrings(count);
    for (const name of STRING_COLUMNS) {
      strings[name].values = h[name].values;
      strings[name].codes.set(h[name].codes.subarray(from, from + count));
    }
    const [carrier, rooms] = [h.carrier.slice(from, from + count), h.liveRoomId.slice(from, from + count)];
    out.push(makeChunk(id, count, c, carrier, rooms, strings));
  }
  return out;
}

/** One put per chunk record, BATCH_CHUNKS per transaction as upsertOrders writes them: the store's raw pace. */
async function chunkStore(raw: IDBDatabase, chunks: readonly OrderChunk[]): Promise<number> {
  const t0 = performance.now();
  for (let b = 0; b < chunks.length; b += BATCH_CHUNKS) {
    const tx = raw.transaction('chunks', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('chunks');
    for (const chunk of chunks.slice(b, b + BATCH_CHUNKS)) store.put(chunk);
    await committed(tx);
  }
  return ms(t0);
}

/** Rows PapaParse gives for `text`, counted one by one (`step`) or by the chunk of `chunkBytes`. */
function papaRows(text: string, opts: { header?: boolean; chunkBytes?: number }): number {
  let n = 0;
  // Counting only: PapaParse builds every row whatever the callback does with it.
  const count = {
    step: () => {
      n++;
    },
  };
  const countChunks = {
    chunkSize: opts.chunkBytes,
    chunk: (r: Papa.ParseResult<unknown>) => {
      n += r.data.length;
    },
  };
  Papa.parse(text, { delimiter: ',', header: opts.header ?? false, ...(opts.chunkBytes ? countChunks : count) });
  return n;
}

/**
 * The import worker (workers/import/import.worker.ts, bundled beside this page) on `file`, into a fresh
 * database of the product's name on this page's origin: from the call to the outcome, as the import page
 * waits for it (reading the file, parsing, storing, the retention run).
 */
async function workerImport(file: File): Promise<BrowserBenchResult['worker']> {
  await deleteDatabase(DB_NAME);
  const w = new Worker('/import-worker.js');
  const api = Comlink.wrap<ImportApi>(w);
  const t0 = performance.now();
  let readMs = Number.NaN;
  const onProgress = (p: { phase: string }) => {
    if (p.phase === 'storing' && Number.isNaN(readMs)) readMs = ms(t0);
  };
  // 1 Nov 2026: after the export's last order, so the 120-day retention removes none of them.
  const opts = { timeZone: TIME_ZONE, slashDates: 'DMY' as const, now: Date.UTC(2026, 10, 1), retentionDays: 120 };
  const outcome = await api.importFile(file, opts, Comlink.proxy(onProgress));
  const total = ms(t0);
  w.terminate();
  await deleteDatabase(DB_NAME);
  if (outcome.kind !== 'done') throw new Error(`the import worker: ${JSON.stringify(outcome).slice(0, 300)}`);
  return { ms: total, readMs, added: outcome.summary.added };
}

async function lesBench(opts: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const run = Date.now().toString(36);
  log(`generating a ${opts.rows.toLocaleString('en-US')}-row TikTok export`);
  let t0 = performance.now();
  let { text, orders } = tiktokExport(opts.rows);
  const generateMs = ms(t0);
  const megabytes = text.length / 2 ** 20;
  await breathe();

  // 0. The import as the product runs it: the export as a File, read, parsed and stored by the import worker.
  log('importing through the import worker: a File');
  const worker = await workerImport(new File([text], 'bench.csv', { type: 'text/csv' }));
  if (worker.added !== orders) throw new Error(`the import worker added ${worker.added} of ${orders} orders`);
  await breathe();

  // 1. The import, end to end: PapaParse (arrays, step) → createExportReader → finish (readOrderExport
  // is exactly that), then upsertOrders into a fresh database. First, cold: as an import runs.
  const dbName = `les-radar-bench-${run}`;
  const db = new RadarDb(dbName);
  await db.open();
  log('importing: readOrderExport');
  t0 = performance.now();
  const read = readOrderExport({ name: 'bench.csv', text }, { timeZone: TIME_ZONE, slashDates: 'DMY' });
  const readMs = ms(t0);
  if (!read.ok) throw new Error(`readOrderExport failed: ${read.error.message}`);
  const x = read.data;
  if (x.rows !== opts.rows || x.orders.length !== orders || x.rejected.length > 0) {
    throw new Error(
      `readOrderExport read ${x.rows} rows, ${x.orders.length} orders, ${x.rejected.length} rejected ` +
        `(${x.rejected[0]?.reason ?? ''}); expected ${opts.rows} rows, ${orders} orders, none rejected`,
    );
  }
  log('importing: upsertOrders');
  t0 = performance.now();
  const done = await upsertOrders(db, x, { source: 'bench.csv' });
  const upsertMs = ms(t0);
  if (done.added !== orders) throw new Error(`upsertOrders added ${done.added} of ${orders} orders`);
  await breathe();

  // 2. PapaParse alone on the same text.
  log('PapaParse alone: arrays, step');
  t0 = performance.now();
  const stepRows = papaRows(text, {});
  const arraysStepMs = ms(t0);
  await breathe();
  log('PapaParse alone: arrays, chunk');
  t0 = performance.now();
  const chunkRows = papaRows(text, { chunkBytes: 4 * 2 ** 20 });
  const arraysChunkMs = ms(t0);
  await breathe();
  log('PapaParse alone: header: true, step');
  t0 = performance.now();
  const headerRows = papaRows(text, { header: true });
  const headerStepMs = ms(t0);
  // The header and the empty record after the file's last line break are rows too (not with `header`).
  if (stepRows !== opts.rows + 2 || chunkRows !== opts.rows + 2 || headerRows !== opts.rows + 1) {
    throw new Error(`PapaParse counted ${stepRows}, ${chunkRows}, ${headerRows} rows for ${opts.rows}`);
  }
  text = '';
  await breathe();

  // 5. The history grown to `historyOrders` with generated orders, then loaded back whole.
  const more = opts.historyOrders - x.orders.length;
  log(`topping the history up with ${more.toLocaleString('en-US')} generated orders`);
  const extra = syntheticExport(more, { seed: 3, start: Date.UTC(2026, 10, 1), idPrefix: `T${run}-` });
  t0 = performance.now();
  await upsertOrders(db, extra, { source: 'top-up' });
  const topUpMs = ms(t0);
  await breathe();
  log('OrderIndex.load');
  t0 = performance.now();
  const indexed = (await OrderIndex.load(db)).size;
  const indexMs = ms(t0);
  if (indexed !== opts.historyOrders) throw new Error(`the id index holds ${indexed} orders`);
  const loadMs: number[] = [];
  let history: History | undefined;
  for (let i = 0; i < opts.loads; i++) {
    history = undefined;
    await breathe();
    log(`loadHistory ${i + 1}/${opts.loads}`);
    t0 = performance.now();
    history = await loadHistory(db);
    loadMs.push(ms(t0));
  }
  if (!history || history.orders.length !== opts.historyOrders) {
    throw new Error(`loadHistory gave ${history?.orders.length} orders, expected ${opts.historyOrders}`);
  }
  db.close();
  await deleteDatabase(dbName);

  // 3 and 4. Raw IndexedDB: one record per order against one record per 10,000-order chunk.
  const rawName = `les-radar-bench-raw-${run}`;
  const raw = await openRaw(rawName);
  log(`naive store: ${opts.naiveOrders.toLocaleString('en-US')} orders, one put each`);
  const naiveMs = await naiveStore(raw, x, opts.naiveOrders, 10_000);
  const chunks = chunksOf(history);
  history = undefined;
  log(`chunk store: ${chunks.length} chunks`);
  const chunkMs = await chunkStore(raw, chunks);
  raw.close();
  await deleteDatabase(rawName);

  return {
    userAgent: navigator.userAgent,
    text: { rows: opts.rows, orders: x.orders.length, columns: HEADER.length, megabytes, generateMs },
    import: { readMs, upsertMs, orders: x.orders.length, rejected: x.rejected.length },
    worker,
    papa: { arraysStepMs, arraysChunkMs, headerStepMs },
    topUp: { orders: more, storedBefore: x.orders.length, ms: topUpMs },
    index: { orders: indexed, ms: indexMs },
    load: { orders: opts.historyOrders, ms: loadMs },
    naive: { orders: opts.naiveOrders, ms: naiveMs },
    chunks: { orders: opts.historyOrders, chunks: chunks.length, ms: chunkMs },
  };
}

Object.assign(globalThis, { lesBench });
