import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeExport, readOrderExport } from '../core/exports';
import { stringAt } from '../core/lib/string-column';
import { parseTimeIn } from '../core/lib/time';
import { applyCalibration, calibrate } from '../core/model/calibration';
import { lastEvent, onlyKnownAt } from '../core/records/known-rows';
import { replay } from '../core/report/replay';
import { cardFor, scorecardFor, scorecardIds } from '../core/scorecards';
import { settingsFrom, slashDateOrder } from './cli-inputs';
import { readingsFrom } from './observed-file';

/**
 * `npm run replay -- --orders <export.csv> --settings <settings.json> [--at <ISO time; without an offset, the shop's local time>] [--scorecard <id>]
 * [--us-dates | --day-first] [--no-calibration] [--observed <file.json>]`
 * Replays an order export through the model the extension runs and prints JSON. Slash dates are read
 * day- or month-first as the import page tells them from the file; --us-dates (MM/DD) or --day-first
 * (DD/MM) overrides. The warehouse's figures are fitted from the orders known at --at wherever they have
 * enough data (core/model/calibration.ts), as the extension does; --no-calibration uses the settings as typed.
 * --observed: the warehouse's own counts (scripts/observed-file.ts), the last one replacing the file's state at
 * the moment (core/report/replay-observed.ts); the moment is --at, else the last reading's time.
 * Bad input exits 1 with a message naming the file, row and field.
 */
const USAGE =
  'usage: --orders <export.csv> --settings <settings.json> [--at <ISO time; without an offset, the shop’s local time>] [--scorecard <id>] ' +
  '[--us-dates | --day-first] [--no-calibration] [--observed <file.json>]';
function fail(message: string): never {
  process.stderr.write(`replay: ${message}\n`);
  process.exit(1);
}

function readText(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    return fail(`${what} ${path}: ${(error as Error).message}`);
  }
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        orders: { type: 'string' },
        settings: { type: 'string' },
        at: { type: 'string' },
        scorecard: { type: 'string' },
        seed: { type: 'string', default: '1' },
        'us-dates': { type: 'boolean', default: false },
        'day-first': { type: 'boolean', default: false },
        'no-calibration': { type: 'boolean', default: false },
        observed: { type: 'string' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (!values.orders || !values.settings) fail(USAGE);
if (values['us-dates'] && values['day-first']) fail(`--us-dates and --day-first contradict each other: pass one`);

const settings = settingsFrom(values.settings, readText(values.settings, 'settings'), fail);

// Without an offset the time is the shop's local time (settings.timezone), not UTC.
const atFlag = values.at === undefined ? undefined : parseTimeIn(values.at, settings.timezone);
if (atFlag !== undefined && Number.isNaN(atFlag))
  fail(`--at: "${values.at}" is not a date (use ISO, e.g. 2026-11-25T20:00:00+08:00)`);
// Read before the orders, like the settings: a bad file is refused before the export is parsed.
const observed =
  values.observed === undefined
    ? undefined
    : readingsFrom(values.observed, readText(values.observed, 'observed'), settings.timezone, fail, atFlag);

const cardId = values.scorecard ?? settings.scorecard;
if (!(scorecardIds as readonly string[]).includes(cardId)) {
  fail(`--scorecard: unknown scorecard "${cardId}" (known: ${scorecardIds.join(', ')})`);
}
// The seller's override belongs to the card the settings choose; another card is used as shipped.
const card = cardId === settings.scorecard ? cardFor(settings) : scorecardFor(cardId as (typeof scorecardIds)[number]);

const bytes = readText(values.orders, 'orders');
const slashDates = dateOrder(bytes);
const exported = readOrderExport(
  { name: values.orders, text: decodeExport(bytes) },
  { timeZone: settings.timezone, slashDates },
);
if (!exported.ok) fail(exported.error.message);
const { orders, rejected } = exported.data;
for (const w of exported.data.warnings ?? []) process.stderr.write(`replay: ${values.orders}: ${w.message}\n`);
for (const r of rejected.slice(0, 20))
  process.stderr.write(`replay: ${values.orders}: row ${r.row}, ${r.field}: ${r.reason} (skipped)\n`);
if (rejected.length > 20) process.stderr.write(`replay: … ${rejected.length - 20} more rows skipped\n`);
if (orders.length === 0) fail(`${values.orders}: no order could be read`);

let at = atFlag ?? lastEvent(orders);
// The moment is --at; with --observed only, the last reading's time.
if (observed && values.at === undefined) at = Math.max(...observed.map((r) => r.at));
const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail(`--seed: "${values.seed}" is not a whole number`);

// Fitted on the orders known at `at`, so a replay never learns from its own future.
const calibration = calibrate(onlyKnownAt(orders, at), settings);
const used = values['no-calibration'] ? settings : applyCalibration(settings, calibration);
const { carrier, region } = exported.data.meta;
// Without --at: the indicators over every order in the file; with it: the card's window ending at --at.
const result = replay(orders, used, card, at, seed, {
  carriers: carrier,
  regionOf: (i) => stringAt(region, i),
  wholeFile: values.at === undefined && observed === undefined,
  calibration: used === settings ? null : calibration,
  observed,
});
// What a 抖店 export's times are (domain §5): the figures from them say so.
if (exported.data.format === 'douyin') {
  result.assumptions.push(
    "shipped times are 抖店's 发货时间, the merchant's ship click, not the carrier's pickup scan: pickup hours, late dispatches and transit from this file are measured from the click",
    "no delivery time: 订单完成时间 is the buyer's receipt confirmation, so on-time delivery is not measured from this file",
  );
}
process.stdout.write(
  `${JSON.stringify({ ...result, calibration: { applied: used !== settings, ...calibration } }, null, 2)}\n`,
);

/** The slash-date order (scripts/cli-inputs.ts), said on stderr with why. */
function dateOrder(file: Uint8Array): 'DMY' | 'MDY' {
  const d = slashDateOrder(file, { usDates: values['us-dates'] ?? false, dayFirst: values['day-first'] ?? false });
  process.stderr.write(`replay: ${values.orders}: dates read ${d.way}: ${d.why}\n`);
  return d.order;
}
