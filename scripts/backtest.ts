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
 * with the settings as typed and calibrated at the moment, and from the true stage counts at the moment as the
 * warehouse's readings (issue #15: once at the moment, and every 15 minutes over the hour before it, which
 * measures the packing speed). `--synthetic` generates N shops whose real
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

type Band = { p10: number; p50: number; p90: number; inBand: boolean; speedRatio?: number | null };
/** The readings' minutes before the moment for "observed every 15 min": the hour before it, and the moment. */
const EVERY_15 = [60, 45, 30, 15, 0];
/** The same over the day before: a tab watched all day sees the last shift's packing, the hour before an evening stream often none. */
const EVERY_15_OVER_24H = Array.from({ length: 97 }, (_, k) => 1440 - 15 * k);
/** The configurations, each a column and a summary line; the calibrated ones only without --no-calibration. */
const CONFIGS = [
  { key: 'typed', name: 'settings as typed', short: 'typed', calibrated: false },
  { key: 'calibrated', name: 'calibrated at each moment', short: 'calibrated', calibrated: true },
  { key: 'observed', name: 'typed, observed', short: 'observed', calibrated: false, observedMinutesBefore: [0] },
  {
    key: 'observedEvery15',
    name: 'typed, observed every 15 min',
    short: 'observed /15 min',
    calibrated: false,
    observedMinutesBefore: EVERY_15,
  },
  {
    key: 'observedEvery15Over24h',
    name: 'typed, observed every 15 min over 24 h',
    short: 'observed /15 min, 24 h',
    calibrated: false,
    observedMinutesBefore: EVERY_15_OVER_24H,
  },
  {
    key: 'calibratedObservedEvery15',
    name: 'calibrated + observed every 15 min',
    short: 'calibrated + observed /15 min',
    calibrated: true,
    observedMinutesBefore: EVERY_15,
  },
].filter((c) => calibrated || !c.calibrated);
type Row = Omit<BacktestRow, 'p10' | 'p50' | 'p90'> & { bands: Record<string, Band> };
type Shop = { shop: string; truth?: WarehouseTruth; streamsScheduled?: number; streamsFound: number; rows: Row[] };

function run(name: string, orders: RecordedOrders, settings: Settings, carriers: string[]): Shop {
  const streams = pastStreams(orders.paidAt, settings.timezone);
  process.stderr.write(
    `backtest: ${name}: ${orders.length} orders, ${streams.length} stream${streams.length === 1 ? '' : 's'} found\n`,
  );
  const opts = { atHours, seed: 1, carriers };
  const card = cardFor(settings);
  const band = (r: BacktestRow): Band => ({
    p10: r.p10,
    p50: r.p50,
    p90: r.p90,
    inBand: inBand(r),
    ...(r.speedRatio === undefined ? {} : { speedRatio: r.speedRatio }),
  });
  const runs = CONFIGS.map((c) => backtestStreams(orders, settings, card, streams, { ...opts, ...c }));
  const rows = runs[0].map(({ p10: _a, p50: _b, p90: _c, ...r }, k) => ({
    ...r,
    bands: Object.fromEntries(CONFIGS.map((c, j) => [c.key, band(runs[j][k])])),
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
const summaryOf = (key: string) => {
  const bands = rows.map((r) => ({ ...r.bands[key], truth: r.truth }));
  // Rows where nothing was late and nothing was predicted late are easy: the summary also leaves them out.
  const busy = bands.filter((b) => b.truth > 0 || b.p90 > 0);
  // With readings: the rows whose readings measured the packing speed (a backlog over enough shift time).
  const observed = bands.some((b) => b.speedRatio !== undefined);
  const speedMeasured = observed ? bands.filter((b) => typeof b.speedRatio === 'number').length : null;
  return { ...summarize(bands), busy: summarize(busy), speedMeasured };
};
const summary = {
  errorFloor: ERROR_FLOOR,
  ...Object.fromEntries(CONFIGS.map((c) => [c.key, summaryOf(c.key)])),
} as { errorFloor: number } & Record<string, ReturnType<typeof summaryOf>>;

function local(t: number): string {
  const p = localParts(tz, t);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} ${formatClock(p.minuteOfDay)}`;
}
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
const q = (b: Band) => `${b.p10} / ${b.p50} / ${b.p90} ${b.inBand ? 'yes' : 'no'}`;
const line = (s: Shop, r: Row) => [
  s.shop,
  r.stream,
  local(r.streamStart),
  `+${r.hoursIn} h`,
  r.orders,
  r.truth,
  ...CONFIGS.map((c) => q(r.bands[c.key])),
];
const configs = () => CONFIGS.map((c) => [c.name, summary[c.key]] as const);

function text(): string {
  const head = [
    'shop',
    'stream',
    'start (local)',
    'moment',
    'orders',
    'truth',
    ...CONFIGS.map((c, j) => (j === 0 ? `${c.short} P10/P50/P90 in band` : c.short)),
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
        `rows where anything was or was predicted late: ${s.busy.rows}, coverage ${pct(s.busy.coverage)}, median p50 error ${pct(s.busy.medianP50Error)}` +
        (s.speedMeasured === null ? '' : `; packing speed measured in ${s.speedMeasured} rows`),
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
    '| configuration | rows | P10–P90 coverage | median p50 error | rows with anything late | their coverage | their median p50 error | packing speed measured in |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...configs().map(
      ([name, s]) =>
        `| ${name} | ${s.rows} | ${pct(s.coverage)} | ${pct(s.medianP50Error)} | ${s.busy.rows} | ${pct(s.busy.coverage)} | ${pct(s.busy.medianP50Error)} | ${s.speedMeasured === null ? '–' : `${s.speedMeasured} rows`} |`,
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
  const heads = CONFIGS.map((c, j) => (j === 0 ? 'as typed P10 / P50 / P90, in band' : c.short));
  out.push(
    `| shop | stream | start (local) | moment | orders | truth | ${heads.join(' | ')} |`,
    `| --- | --- | --- | --- | --- | --- | ${heads.map(() => '---').join(' | ')} |`,
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
  const iso = ({ bands, ...r }: Row) => ({
    ...r,
    ...bands,
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
