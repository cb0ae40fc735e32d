import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../core/settings/settings';

describe('npm run replay with hostile settings (issue #16)', () => {
  it('refuses a promise of 10^12 business days at parse, naming the file and the field, before reading any order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, JSON.stringify({ ...defaultSettings, promise: { type: 'business-days', days: 1e12 } }));
    // The orders file does not exist: the settings are refused first, so the replay never reaches it.
    const run = spawnSync(
      'npx',
      ['tsx', 'scripts/replay.ts', '--orders', join(dir, 'none.csv'), '--settings', settings],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`replay: ${settings}: `);
    expect(run.stderr).toContain('at promise.days');
    expect(run.stderr).not.toContain('none.csv');
  }, 60_000); // a child process with its own TypeScript loader: seconds on a busy machine
});

describe('npm run replay --observed (issue #15)', () => {
  // TikTok-style columns (core/exports/tiktok.ts), DD/MM/YYYY in Shanghai time: 3 orders paid 26 Nov 19:00,
  // none picked up; the warehouse shows 5 waiting to be packed and 2 for the carrier at 20:00.
  const dir = mkdtempSync(join(tmpdir(), 'replay-observed-'));
  const orders = join(dir, 'orders.csv');
  const settings = join(dir, 'settings.json');
  writeFileSync(
    orders,
    [
      'Order ID,Quantity,Order Amount,Paid Time,Shipped Time,Delivered Time,Cancelled Time,Cancel By',
      ...[1, 2, 3].map((k) => `5764610000000000${k},1,10.00,26/11/2026 19:00:00,,,,`),
    ].join('\n'),
  );
  writeFileSync(settings, JSON.stringify({ ...defaultSettings, model: { ...defaultSettings.model, samples: 20 } }));
  const run = (observed: string) => {
    const file = join(dir, 'observed.json');
    writeFileSync(file, observed);
    const args = ['tsx', 'scripts/replay.ts', '--orders', orders, '--settings', settings, '--observed', file];
    return { file, run: spawnSync('npx', [...args, '--day-first'], { encoding: 'utf8' }) };
  };

  it('starts from the reading at its time, beside what the file gave', () => {
    const { run: r } = run('{ "at": "2026-11-26T20:00", "pickPack": 5, "shipTransport": 2 }');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.at).toBe('2026-11-26T12:00:00.000Z'); // 20:00 in Shanghai
    expect(out.observed).toEqual({
      at: '2026-11-26T12:00:00.000Z',
      pickPack: 5,
      shipTransport: 2,
      inferred: { pickPack: 3, shipTransport: 0 },
      speedRatio: null,
    });
    // 5 + 2 = 7 open: the 3 known orders and 4 older ones the counts hold beyond them.
    expect(out.lateDispatch.window.orders).toBe(7);
  }, 60_000);

  it('exits 1 naming the file and the field', () => {
    const { file, run: r } = run('[{ "at": "2026-11-26T20:00", "pickPack": "many", "shipTransport": 2 }]');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`replay: --observed ${file}: [0].pickPack: expected a whole number ≥ 0\n`);
  }, 60_000);
});
