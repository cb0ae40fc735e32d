import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { arrivalCurve } from '../core/model/arrivals';
import { MAX_HORIZON_MINUTES } from '../core/model/capacity';
import { computeEstimate, situationOf } from '../core/outlook/estimate';
import { historyTally, outlook } from '../core/outlook/outlook';
import { scorecardFor } from '../core/scorecards';
import { defaultSettings, type Settings } from '../core/settings/settings';
import { benchBrowser } from './bench-browser';
import { benchCapture } from './bench-capture';
import { history, liveStream } from './bench-data';
import { benchLive, liveLines } from './bench-live';
import { benchPopup } from './bench-popup';
import { EXTENSION_DIR } from './browser';

/**
 * `npm run bench`: figures side by side in one run, each beside a baseline as a ratio. A benchmark,
 * not a test: it asserts nothing and its numbers go to BENCHMARKS.md with the machine they ran on.
 */
function time(fn: () => unknown, runs: number): { median: number; p95: number } {
  for (let i = 0; i < Math.min(5, runs); i++) fn(); // warm-up: let the JIT settle
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(runs / 2)], p95: t[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)] };
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const rows: string[][] = [];
function row(name: string, ours: { median: number; p95: number }, base: { median: number }, baseName: string) {
  rows.push([
    name,
    fmt(ours.median),
    fmt(ours.p95),
    `${baseName}: ${fmt(base.median)}`,
    `${(ours.median / base.median).toFixed(1)}×`,
  ]);
}

const snaps = liveStream(55_372, Date.parse('2026-11-25T19:00:00+08:00'));
const now = snaps[snaps.length - 1].at;
const orders = snaps[snaps.length - 1].paidOrders;
const promises: Settings['promise'][] = [{ type: '48h' }, { type: 'same-day', cutoff: '16:00' }];

// Baseline: one plain pass over arrays of the same size as the model's (5 curves over the longest run).
const horizon = Math.ceil((now - snaps[0].at) / 60_000) + MAX_HORIZON_MINUTES;
const curves = Array.from({ length: 5 }, () => new Float64Array(horizon).fill(1));
const plainPass = time(() => {
  let sum = 0;
  for (const c of curves) for (let i = 0; i < c.length; i++) sum += c[i];
  return sum;
}, 200);
const curve = time(() => arrivalCurve(snaps), 50);
row(`arrival curve, ${snaps.length.toLocaleString('en-US')} snapshots`, curve, plainPass, 'plain pass');
for (const promise of promises) {
  const settings = { ...defaultSettings, promise };
  const t = time(() => computeEstimate(snaps, settings, now), 30);
  row(
    `backlog estimate, ${orders.toLocaleString('en-US')} orders, promise ${promise.type}`,
    t,
    plainPass,
    'plain pass',
  );
}

// — The score outlook: a month of history, a 50,000-order stream, 8 actions, 200 samples —
const streamStart = Date.parse('2026-11-25T19:00:00+08:00');
const bigStream = liveStream(50_000, streamStart);
const at = bigStream[bigStream.length - 1].at;
const memBefore = process.memoryUsage();
const hist = history(1_000_000, streamStart);
const card = scorecardFor(defaultSettings.scorecard);
const columns = [hist.paidAt, hist.shippedAt, hist.deliveredAt, hist.deliverBy, hist.shipBy, hist.cancelledAt];
const historyPass = time(() => {
  let sum = 0;
  for (const c of columns) for (let i = 0; i < c.length; i++) sum += c[i];
  return sum;
}, 20);
const tz = defaultSettings.timezone;
const tally = historyTally(card, hist, at, tz);
const outlookOf = (t: typeof tally) =>
  outlook(situationOf(bigStream, defaultSettings, at), defaultSettings, { seed: 1, history: t });
row(
  'history tally, 1,000,000 orders (once per import)',
  time(() => historyTally(card, hist, at, tz), 5),
  historyPass,
  'history pass',
);
row(
  'outlook: 50,000-order stream, 8 actions × 200 samples',
  time(() => outlookOf(tally), 5),
  historyPass,
  'history pass',
);
row(
  'full estimate: history tally + outlook',
  time(() => outlookOf(historyTally(card, hist, at, tz)), 5),
  historyPass,
  'history pass',
);
const memAfter = process.memoryUsage();
const mb = (b: number) => (b / 2 ** 20).toFixed(0);

console.log(
  `LES Radar bench — ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(`baseline "plain pass": one sum over 5 × ${horizon.toLocaleString('en-US')} Float64 (the model's curves)`);
console.log('baseline "history pass": one sum over 6 × 1,000,000 Float64 history columns');
console.log(
  `memory with the 1M-order history loaded, after the outlook runs: JS heap ${mb(memAfter.heapUsed)} MB, typed arrays ${mb(memAfter.arrayBuffers)} MB (the history itself: ${mb(memAfter.arrayBuffers - memBefore.arrayBuffers)} MB); target ≤ 150 MB\n`,
);
const header = ['measure', 'median', 'p95', 'baseline', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [header, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));

// — The data paths as the product runs them (scripts/bench-live.ts): the estimator service on a stored history —
console.log('');
console.log(liveLines(await benchLive()).join('\n'));

// — The browser half (scripts/bench-browser.ts): the order-export import in headless Chromium —
const browserHalf = await benchBrowser();
console.log('');
if ('skipped' in browserHalf) console.log(`Browser figures skipped: ${browserHalf.skipped}`);
else {
  console.log(browserHalf.title);
  for (const line of browserHalf.notes) console.log(line);
  const browserWidths = browserHalf.header.map((h, i) =>
    Math.max(h.length, ...browserHalf.rows.map((r) => r[i].length)),
  );
  for (const r of [browserHalf.header, ...browserHalf.rows]) {
    console.log(r.map((c, i) => c.padEnd(browserWidths[i])).join('  '));
  }
}

// — The capture half (scripts/bench-capture.ts): the content script on a busy dashboard —
// Both extension halves measure the extension as built now: build it once here, not once per half.
if (!process.env.LES_EXTENSION_DIR) {
  execSync('npx wxt build', { stdio: 'ignore', env: { ...process.env, LES_LOCAL_PAGES: '1' } }); // the local demo page
  process.env.LES_EXTENSION_DIR = EXTENSION_DIR;
}
const captureHalf = await benchCapture();
console.log('');
console.log(
  'skipped' in captureHalf ? `Capture figures skipped: ${captureHalf.skipped}` : captureHalf.lines.join('\n'),
);

// — The popup half (scripts/bench-popup.ts): time from opening the popup to its figures —
const popupHalf = await benchPopup();
console.log('');
console.log('skipped' in popupHalf ? `Popup figures skipped: ${popupHalf.skipped}` : popupHalf.lines.join('\n'));
