import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { decodeExport, readOrderExport } from '../core/exports';
import { formatClock, localParts } from '../core/lib/time';
import type { RecordedOrders } from '../core/records/orders';
import { type BacktestRow, backtestStreams, ERROR_FLOOR, inBand, summarize } from '../core/report/backtest';
import { pastStreams } from '../core/report/past-streams';
import { shopExportCsv, syntheticShop } from '../core/report/synthetic-shop';
import type { WarehouseTruth } from '../core/report/synthetic-warehouse';
import { cardFor } from '../core/scorecards';
import type { Settings } from '../core/settings/settings';
import { settingsFrom, slashDateOrder } from './cli-inputs';

/**
 * `npm run backtest -- --orders <export.csv> --settings <settings.json> [--at-hours 1,2] [--no-calibration]
 * [--us-dates | --day-first] [--json | --markdown]`, or `npm run backtest -- --synthetic <N> [--seed S]`.
 * Finds the past streams of the export (core/report/past-streams.ts) and, at each moment of each, compares
 * the replay's prediction made from what was known then with what really happened (core/report/backtest.ts),
 * with the settings as typed and calibrated at the moment. `--synthetic` generates N shops whose real
 * warehouse differs from their settings (core/report/synthetic-shop.ts), writes each as a TikTok US export
 * and reads it back through the real reader. Bad input exits 1 naming the file or flag.
 */
const USAGE =
  'usage: --orders <export.csv> --settings <settings.json> | --synthetic <N> [--seed S]; ' +
  '[--at-hours 1,2] [--no-calibration] [--us-dates | --day-first] [--json | --markdown]';
function fail(message: string): never {
  process.stderr.write(`backtest: ${message}\n`);
  process.exit(1);
}
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        orders: { type: 'string' },
        settings: { type: 'string' },
        synthetic: { type: 'string' },
        seed: { type: 'string', default: '1' },
        'at-hours': { type: 'string', default: '1,2' },
        'no-calibration': { type: 'boolean', default: false },
        'us-dates': { type: 'boolean', default: false },
        'day-first': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const fromFile = values.orders !== undefined || values.settings !== undefined;
if (fromFile === (values.synthetic !== undefined)) fail(USAGE);
if (fromFile && (!values.orders || !values.settings)) fail(`--orders and --settings go together (${USAGE})`);
if (values['us-dates'] && values['day-first']) fail('--us-dates and --day-first contradict each other: pass one');
if (values.json && values.markdown) fail('--json and --markdown contradict each other: pass one');
const atHours = values['at-hours'].split(',').map(Number);
if (atHours.some((h) => !(h > 0)))
  fail(`--at-hours: "${values['at-hours']}" is not a list of hours above 0, such as 1,2`);
const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail(`--seed: "${values.seed}" is not a whole number`);
const calibrated = !values['no-calibration'];

type Band = { p10: number; p50: number; p90: number; inBand: boolean };
type Row = Omit<BacktestRow, 'p10' | 'p50' | 'p90'> & { typed: Band; calibrated?: Band };
type Shop = { shop: string; truth?: WarehouseTruth; streamsScheduled?: number; streamsFound: number; rows: Row[] };

function run(name: string, orders: RecordedOrders, settings: Settings, carriers: string[]): Shop {
  const streams = pastStreams(orders.paidAt, settings.timezone);
  process.stderr.write(
    `backtest: ${name}: ${orders.length} orders, ${streams.length} stream${streams.length === 1 ? '' : 's'} found\n`,
  );
  const opts = { atHours, seed: 1, carriers };
  const card = cardFor(settings);
  const band = (r: BacktestRow): Band => ({ p10: r.p10, p50: r.p50, p90: r.p90, inBand: inBand(r) });
  const typed = backtestStreams(orders, settings, card, streams, { ...opts, calibrated: false });
  const fitted = calibrated ? backtestStreams(orders, settings, card, streams, { ...opts, calibrated: true }) : [];
  const rows = typed.map(({ p10: _a, p50: _b, p90: _c, ...r }, k) => ({
    ...r,
    typed: band(typed[k]),
    ...(calibrated ? { calibrated: band(fitted[k]) } : {}),
  }));
  return { shop: name, streamsFound: streams.length, rows };
}

function readShop(name: string, text: string, settings: Settings, slashDates: 'DMY' | 'MDY') {
  const read = readOrderExport({ name, text }, { timeZone: settings.timezone, slashDates });
  if (!read.ok) fail(read.error.message);
  for (const r of read.data.rejected.slice(0, 20))
    process.stderr.write(`backtest: ${name}: row ${r.row}, ${r.field}: ${r.reason} (skipped)\n`);
  for (const w of read.data.warnings ?? []) process.stderr.write(`backtest: ${name}: ${w.message}\n`);
  if (read.data.orders.length === 0) fail(`${name}: no order could be read`);
  return read.data;
}

const shops: Shop[] = [];
let tz = 'UTC';
if (values.synthetic !== undefined) {
  const n = Number(values.synthetic);
  if (!Number.isInteger(n) || n < 1) fail(`--synthetic: "${values.synthetic}" is not a number of shops from 1 up`);
  for (let k = 0; k < n; k++) {
    const shop = syntheticShop(seed + k);
    tz = shop.settings.timezone;
    // Through the real parser: written as a US export, read back by the reader the import page uses.
    const name = `${shop.name}.csv`;
    const read = readShop(name, decodeExport(new TextEncoder().encode(shopExportCsv(shop))), shop.settings, 'MDY');
    if (read.rejected.length > 0) fail(`${name}: the reader rejected ${read.rejected.length} generated rows`);
    const result = run(shop.name, read.orders, shop.settings, read.meta.carrier);
    shops.push({ ...result, truth: shop.truth, streamsScheduled: shop.streams.length });
  }
} else {
  const settingsPath = values.settings as string;
  const ordersPath = values.orders as string;
  const bytes = (path: string, what: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      return fail(`${what} ${path}: ${(error as Error).message}`);
    }
  };
  const settings = settingsFrom(settingsPath, bytes(settingsPath, 'settings'), fail);
  tz = settings.timezone;
  const file = bytes(ordersPath, 'orders');
  const read = readShop(ordersPath, decodeExport(file), settings, dateOrder(ordersPath, file));
  shops.push(run(ordersPath, read.orders, settings, read.meta.carrier));
}

const rows = shops.flatMap((s) => s.rows);
const summaryOf = (pick: (r: Row) => Band | undefined) => {
  const bands = rows.flatMap((r) => {
    const b = pick(r);
    return b ? [{ ...b, truth: r.truth }] : [];
  });
  // Rows where nothing was late and nothing was predicted late are easy: the summary also leaves them out.
  const busy = bands.filter((b) => b.truth > 0 || b.p90 > 0);
  return { ...summarize(bands), busy: summarize(busy) };
};
const summary = {
  errorFloor: ERROR_FLOOR,
  typed: summaryOf((r) => r.typed),
  ...(calibrated ? { calibrated: summaryOf((r) => r.calibrated) } : {}),
};

function local(t: number): string {
  const p = localParts(tz, t);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} ${formatClock(p.minuteOfDay)}`;
}
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
const q = (b: Band | undefined) => (b ? `${b.p10} / ${b.p50} / ${b.p90} ${b.inBand ? 'yes' : 'no'}` : '');
const line = (s: Shop, r: Row) => [
  s.shop,
  r.stream,
  local(r.streamStart),
  `+${r.hoursIn} h`,
  r.orders,
  r.truth,
  q(r.typed),
  q(r.calibrated),
];
const configs = () => [
  ['settings as typed', summary.typed] as const,
  ...(summary.calibrated ? [['calibrated at each moment', summary.calibrated] as const] : []),
];

function text(): string {
  const head = [
    'shop',
    'stream',
    'start (local)',
    'moment',
    'orders',
    'truth',
    'typed P10/P50/P90 in band',
    'calibrated',
  ];
  const body = shops.flatMap((s) => s.rows.map((r) => line(s, r).map(String)));
  const width = head.map((h, c) => Math.max(h.length, ...body.map((b) => b[c].length)));
  const fmt = (cells: string[]) =>
    cells
      .map((x, c) => x.padEnd(width[c]))
      .join('  ')
      .trimEnd();
  const out = [fmt(head), ...body.map(fmt), ''];
  for (const [name, s] of configs()) {
    out.push(
      `${name}: ${s.rows} rows, P10–P90 coverage ${pct(s.coverage)}, median p50 error ${pct(s.medianP50Error)} (floor ${ERROR_FLOOR}); ` +
        `rows where anything was or was predicted late: ${s.busy.rows}, coverage ${pct(s.busy.coverage)}, median p50 error ${pct(s.busy.medianP50Error)}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function markdown(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const out = [
    `Backtest of ${values.synthetic ? `${shops.length} synthetic shops, seed ${seed}` : values.orders} at ${atHours.map((h) => `+${h} h`).join(' and ')} into each stream; ` +
      `${new Date().toISOString().slice(0, 10)}, ${cpu}, ${availableParallelism()} CPUs. p50 error = |p50 − truth| ÷ max(truth, ${ERROR_FLOOR}).`,
    '',
    '| configuration | rows | P10–P90 coverage | median p50 error | rows with anything late | their coverage | their median p50 error |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...configs().map(
      ([name, s]) =>
        `| ${name} | ${s.rows} | ${pct(s.coverage)} | ${pct(s.medianP50Error)} | ${s.busy.rows} | ${pct(s.busy.coverage)} | ${pct(s.busy.medianP50Error)} |`,
    ),
    '',
  ];
  if (values.synthetic) {
    out.push(
      '| shop | real speed ÷ typed | pickups missed | real pickup limit ÷ typed | streams scheduled / found |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const s of shops) {
      const t = s.truth as WarehouseTruth;
      out.push(
        `| ${s.shop} | ${t.packFactor.toFixed(2)} | ${pct(t.pickupMissRate)} | ${t.maxParcelsFactor.toFixed(2)} | ${s.streamsScheduled} / ${s.streamsFound} |`,
      );
    }
    out.push('');
  }
  out.push(
    '| shop | stream | start (local) | moment | orders | truth | as typed P10 / P50 / P90, in band | calibrated |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const s of shops) for (const r of s.rows) out.push(`| ${line(s, r).join(' | ')} |`);
  return `${out.join('\n')}\n`;
}

/** The slash-date order (scripts/cli-inputs.ts), said on stderr only when the file does not tell. */
function dateOrder(path: string, file: Uint8Array): 'DMY' | 'MDY' {
  const d = slashDateOrder(file, { usDates: values['us-dates'] ?? false, dayFirst: values['day-first'] ?? false });
  if (!d.sure) process.stderr.write(`backtest: ${path}: dates read ${d.way}: ${d.why}\n`);
  return d.order;
}

if (values.json) {
  const iso = (r: Row) => ({
    ...r,
    at: new Date(r.at).toISOString(),
    streamStart: new Date(r.streamStart).toISOString(),
    streamEnd: new Date(r.streamEnd).toISOString(),
  });
  process.stdout.write(
    `${JSON.stringify({ ...(values.synthetic ? { seed } : {}), summary, shops: shops.map((s) => ({ ...s, rows: s.rows.map(iso) })) }, null, 2)}\n`,
  );
} else {
  process.stdout.write(values.markdown ? markdown() : text());
}
