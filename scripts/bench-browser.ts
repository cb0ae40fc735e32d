import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from '@playwright/test';
import { build } from 'esbuild';
import type { BrowserBenchOptions, BrowserBenchResult } from './bench-browser/page';
import { chromiumArgs, findChromium, INSTALL_HINT } from './browser';

/**
 * The browser half of `npm run bench`: the order-export import measured in headless Chromium, on its
 * IndexedDB. scripts/bench-browser/page.ts is bundled with esbuild from the project's own modules,
 * served from a throwaway http server on 127.0.0.1 (a plain page: no extension, no CSP) and run in one
 * `page.evaluate`. Gives table rows like the Node half's, or the reason there are none: it never throws.
 */
export type BrowserBench =
  | { skipped: string }
  | { title: string; notes: string[]; header: string[]; rows: string[][]; result: BrowserBenchResult };

export const BROWSER_BENCH: BrowserBenchOptions = {
  rows: 1_000_000,
  naiveOrders: 100_000,
  historyOrders: 1_000_000,
  loads: 5,
};
const IMPORT_TARGET = { rowsPerSecond: 150_000, ms: 7_000 };
/** Issue #17: a million orders loaded within half a second (the median; issue #5 asked for 1.5 s). */
const LOAD_TARGET_MS = 500;
/** Far above a normal run (about 20 s here): a hung page must not hang the bench. */
const TIMEOUT_MS = 6 * 60_000;

const here = dirname(fileURLToPath(import.meta.url));
const n = (v: number) => Math.round(v).toLocaleString('en-US');
const fmt = (ms: number) => `${n(ms)} ms`;
const rate = (rows: number, ms: number) => `${n(rows / (ms / 1000))}/s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}×`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const check = (ok: boolean) => (ok ? '✓' : '✗');

async function bundle(entry = join(here, 'bench-browser', 'page.ts')): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** Serves the page and its script on 127.0.0.1, on a port the system picks. */
async function serve(script: string, worker: string) {
  const html = '<!doctype html><meta charset="utf-8"><title>LES Radar bench</title><script src="/page.js"></script>';
  const scripts: Record<string, string> = { '/page.js': script, '/import-worker.js': worker };
  const server = createServer((req, res) => {
    const js = scripts[req.url ?? ''];
    res.writeHead(js !== undefined || req.url === '/' ? 200 : 404, {
      'content-type': js !== undefined ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
    });
    res.end(js ?? (req.url === '/' ? html : ''));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function run(
  executablePath: string,
  opts: BrowserBenchOptions,
  progress: (line: string) => void,
): Promise<{ result: BrowserBenchResult; version: string }> {
  const script = await bundle();
  // The product's import worker, bundled as the extension bundles it, for the import through a File.
  const worker = await bundle(resolve(here, '..', 'workers', 'import', 'import.worker.ts'));
  const server = await serve(script, worker);
  // The quiet flags of scripts/browser.ts, without those that load the extension.
  const args = chromiumArgs().filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions'));
  try {
    const browser = await chromium.launch({ executablePath, headless: true, args });
    try {
      return { result: await measure(browser, server.url, opts, progress), version: browser.version() };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

async function measure(
  browser: Browser,
  url: string,
  opts: BrowserBenchOptions,
  progress: (line: string) => void,
): Promise<BrowserBenchResult> {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.text().startsWith('[bench]')) progress(m.text().slice(8));
  });
  let timer: NodeJS.Timeout | undefined;
  const failed = new Promise<never>((_, reject) => {
    page.on('pageerror', (e) => reject(e));
    page.on('crash', () => reject(new Error('the page crashed (out of memory?)')));
    timer = setTimeout(() => reject(new Error(`no result after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  try {
    await page.goto(url);
    return await Promise.race([
      failed,
      page.evaluate(
        (o) => (globalThis as unknown as { lesBench(o: BrowserBenchOptions): Promise<BrowserBenchResult> }).lesBench(o),
        opts,
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The rows of the browser table from one run's figures. */
export function browserRows(r: BrowserBenchResult): { header: string[]; rows: string[][]; notes: string[] } {
  const rows = r.text.rows;
  const importMs = r.import.readMs + r.import.upsertMs;
  const papa = r.papa.arraysStepMs;
  const naiveScaled = (r.naive.ms * r.chunks.orders) / r.naive.orders;
  const chunkFor = (orders: number) => (r.chunks.ms * orders) / r.chunks.orders;
  const load = median(r.load.ms);
  const slowest = Math.max(...r.load.ms);
  const importRate = rows / (importMs / 1000);
  const importOk = importRate >= IMPORT_TARGET.rowsPerSecond && importMs < IMPORT_TARGET.ms;
  const loadOk = load <= LOAD_TARGET_MS;
  const o = n(r.import.orders);
  const w = r.worker;
  const workerRate = rows / (w.ms / 1000);
  const table: string[][] = [
    [
      `import as the product runs it: a File through the import worker, ${n(rows)} rows → ${n(w.added)} orders`,
      fmt(w.ms),
      rate(rows, w.ms),
      `PapaParse alone (arrays, step): ${fmt(papa)}`,
      ratio(w.ms, papa),
      `≥ 150,000 rows/s ${check(workerRate >= IMPORT_TARGET.rowsPerSecond)}; ≤ 3× PapaParse ${check(w.ms <= 3 * papa)}`,
    ],
    [
      '  of which: reading the File (decode, parse, read), to the store phase',
      fmt(w.readMs),
      rate(rows, w.readMs),
      `PapaParse alone (arrays, step): ${fmt(papa)}`,
      ratio(w.readMs, papa),
      '',
    ],
    [
      `import end to end: ${n(rows)} rows → ${o} orders, fresh database`,
      fmt(importMs),
      rate(rows, importMs),
      `PapaParse alone (arrays, step): ${fmt(papa)}`,
      ratio(importMs, papa),
      `≥ 150,000 rows/s, < 7 s ${check(importOk)}`,
    ],
    [
      '  of which: readOrderExport (PapaParse + reader + finish)',
      fmt(r.import.readMs),
      rate(rows, r.import.readMs),
      `PapaParse alone (arrays, step): ${fmt(papa)}`,
      ratio(r.import.readMs, papa),
      '',
    ],
    [
      `  of which: upsertOrders, ${o} new orders`,
      fmt(r.import.upsertMs),
      rate(r.import.orders, r.import.upsertMs),
      `raw chunk puts, same orders: ${fmt(chunkFor(r.import.orders))}`,
      ratio(r.import.upsertMs, chunkFor(r.import.orders)),
      '',
    ],
    [
      'PapaParse alone: arrays per row, step',
      fmt(papa),
      rate(rows, papa),
      `arrays, chunk of 4 MB: ${fmt(r.papa.arraysChunkMs)}`,
      ratio(papa, r.papa.arraysChunkMs),
      '',
    ],
    [
      'PapaParse alone: header: true, step',
      fmt(r.papa.headerStepMs),
      rate(rows, r.papa.headerStepMs),
      `arrays, step: ${fmt(papa)}`,
      ratio(r.papa.headerStepMs, papa),
      '',
    ],
    [
      `naive store: 1 put per order (${n(r.naive.orders)} run, ×${r.chunks.orders / r.naive.orders} to ${n(r.chunks.orders)})`,
      fmt(naiveScaled),
      rate(r.naive.orders, r.naive.ms),
      `chunk store raw: ${fmt(r.chunks.ms)}`,
      ratio(naiveScaled, r.chunks.ms),
      '',
    ],
    [
      `chunk store raw: 1 put per 10,000-order chunk, ${n(r.chunks.orders)} orders`,
      fmt(r.chunks.ms),
      rate(r.chunks.orders, r.chunks.ms),
      `naive store (scaled): ${fmt(naiveScaled)}`,
      ratio(r.chunks.ms, naiveScaled),
      '',
    ],
    [
      `upsertOrders: ${n(r.topUp.orders)} new orders onto ${n(r.topUp.storedBefore)} stored`,
      fmt(r.topUp.ms),
      rate(r.topUp.orders, r.topUp.ms),
      `raw chunk puts, same orders: ${fmt(chunkFor(r.topUp.orders))}`,
      ratio(r.topUp.ms, chunkFor(r.topUp.orders)),
      '',
    ],
    [
      `  id index rebuild alone (OrderIndex.load, ${n(r.index.orders)} ids; an upsert starts with it unless its context wrote last)`,
      fmt(r.index.ms),
      rate(r.index.orders, r.index.ms),
      `loadHistory, same orders: ${fmt(load)}`,
      ratio(r.index.ms, load),
      '',
    ],
    [
      `loadHistory: all ${n(r.load.orders)} orders (median of ${r.load.ms.length}; ${fmt(Math.min(...r.load.ms))} to ${fmt(slowest)})`,
      fmt(load),
      rate(r.load.orders, load),
      `target: ${fmt(LOAD_TARGET_MS)}`,
      ratio(load, LOAD_TARGET_MS),
      `≤ 500 ms ${check(loadOk)}`,
    ],
  ];
  const notes = [
    `export: ${n(rows)} TikTok-style rows (${r.text.megabytes.toFixed(0)} MB of text, ${r.text.columns} columns, ${(rows / r.text.orders).toFixed(2)} SKU lines per order), generated in the page in ${fmt(r.text.generateMs)}; all on the page's main thread, IndexedDB with strict durability as RadarDb`,
    `targets: import through the worker ≥ 150,000 rows/s ${check(rows / (r.worker.ms / 1000) >= IMPORT_TARGET.rowsPerSecond)}; import from text in memory ≥ 150,000 rows/s and 1M rows < 7 s ${check(importOk)}; loadHistory of 1M orders ≤ 500 ms ${check(loadOk)} (slowest of ${r.load.ms.length}: ${fmt(slowest)} ${check(slowest <= LOAD_TARGET_MS)})`,
  ];
  return { header: ['measure', 'time', 'rows/s', 'baseline', 'ratio', 'target'], rows: table, notes };
}

/** Runs the browser bench, or says why it did not. Never throws: the Node half must print regardless. */
export async function benchBrowser(
  opts: BrowserBenchOptions = BROWSER_BENCH,
  progress: (line: string) => void = (line) => process.stderr.write(`  browser bench: ${line}\n`),
): Promise<BrowserBench> {
  const executablePath = findChromium();
  if (!executablePath) return { skipped: INSTALL_HINT };
  try {
    const t0 = performance.now();
    const { result, version } = await run(executablePath, opts, progress);
    const wall = (performance.now() - t0) / 1000;
    const { header, rows, notes } = browserRows(result);
    return {
      title: `Browser half — headless Chromium ${version} (${executablePath}), whole run ${wall.toFixed(0)} s`,
      notes,
      header,
      rows,
      result,
    };
  } catch (e) {
    // Playwright's messages go on with a call log: the first line says what went wrong.
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return { skipped: `the browser run failed: ${message}` };
  }
}

// `npx tsx scripts/bench-browser.ts` runs this half alone and also prints the raw figures as JSON.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const b = await benchBrowser();
  if ('skipped' in b) console.log(`Browser figures skipped: ${b.skipped}`);
  else {
    console.log(b.title);
    for (const line of b.notes) console.log(line);
    const widths = b.header.map((h, i) => Math.max(h.length, ...b.rows.map((r) => r[i].length)));
    for (const r of [b.header, ...b.rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
    console.log(JSON.stringify(b.result, null, 2));
  }
}
