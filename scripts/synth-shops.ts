import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { shopExportCsv, syntheticShop } from '../core/report/synthetic-shop';

/**
 * `npm run synth -- --out <dir> [--count N] [--seed S]`: writes N synthetic shops (core/report/synthetic-shop.ts),
 * each as `shop-<seed>.csv` (a TikTok Shop US order export), `shop-<seed>.settings.json` (the settings as the
 * seller typed them) and `shop-<seed>.truth.json` (how the real warehouse differs, and the streams as
 * scheduled), for `npm run backtest -- --orders … --settings …` or the import page.
 */
function fail(message: string): never {
  process.stderr.write(`synth: ${message}\n`);
  process.exit(1);
}
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        out: { type: 'string' },
        count: { type: 'string', default: '1' },
        seed: { type: 'string', default: '1' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (!values.out) fail('usage: --out <dir> [--count N] [--seed S]');
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1) fail(`--count: "${values.count}" is not a number of shops from 1 up`);
if (!Number.isInteger(seed)) fail(`--seed: "${values.seed}" is not a whole number`);
try {
  mkdirSync(values.out, { recursive: true });
} catch (error) {
  fail(`--out ${values.out}: ${(error as Error).message}`);
}
for (let k = 0; k < count; k++) {
  const shop = syntheticShop(seed + k);
  const base = join(values.out, `shop-${seed + k}`);
  const streams = shop.streams.map((s) => ({
    start: new Date(s.start).toISOString(),
    end: new Date(s.end).toISOString(),
  }));
  try {
    writeFileSync(`${base}.csv`, shopExportCsv(shop));
    writeFileSync(`${base}.settings.json`, `${JSON.stringify(shop.settings, null, 2)}\n`);
    writeFileSync(`${base}.truth.json`, `${JSON.stringify({ truth: shop.truth, streams }, null, 2)}\n`);
  } catch (error) {
    fail(`${base}: ${(error as Error).message}`);
  }
  process.stdout.write(`${base}.csv: ${shop.orders.length} orders, ${shop.streams.length} streams\n`);
}
