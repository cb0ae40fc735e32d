import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The backtest CLI on a small hand-built export: TikTok-style columns (those of core/exports/tiktok.ts),
 * DD/MM/YYYY times in Shanghai time, a 48 h promise. Eight quiet days with one order at 10:00, then a stream
 * on 25 Nov: 90 orders, one a minute from 20:00:30, all picked up on 28 Nov at 11:00, more than 48 h later.
 */
const HEADER = 'Order ID,Quantity,Order Amount,Paid Time,Shipped Time,Delivered Time,Cancelled Time,Cancel By';
const two = (n: number) => String(n).padStart(2, '0');
const quiet = Array.from(
  { length: 8 },
  (_, d) => `57646100000000${two(d)},1,10.00,${two(17 + d)}/11/2026 10:00:00,${two(18 + d)}/11/2026 11:00:00,,,`,
);
const stream = Array.from({ length: 90 }, (_, k) => {
  const minute = 20 * 60 + k;
  return `576462000000${String(k).padStart(4, '0')},1,10.00,25/11/2026 ${two(Math.floor(minute / 60))}:${two(minute % 60)}:30,28/11/2026 11:00:00,,,`;
});
const settings = {
  scorecard: 'tiktok-us-2026',
  timezone: 'Asia/Shanghai',
  promise: { type: '48h' },
  stages: {
    receipt: { mode: 'auto' },
    pickPack: { ordersPerPackerHour: 25, shifts: [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 4 }] },
    ship: { pickups: [{ time: '11:00', maxParcels: 400 }] },
    delivery: { onTimeRate: 0.93, meanTransitHours: 52 },
  },
  model: { samples: 40 },
};

// Each case starts the CLI as a real process (tsx): generous limits for a loaded two-core machine.
describe('backtest CLI', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'backtest-'));
  const orders = join(dir, 'orders.csv');
  const good = join(dir, 'settings.json');
  writeFileSync(orders, [HEADER, ...quiet, ...stream].join('\n'));
  writeFileSync(good, JSON.stringify(settings));
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/backtest.ts', ...args], { encoding: 'utf8' });

  it('finds the stream and prints truth against the band, as typed and calibrated', () => {
    const r = run('--orders', orders, '--settings', good, '--day-first', '--json');
    expect(r.stderr).toBe(`backtest: ${orders}: 98 orders, 1 stream found\n`);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    // One moment: +1 h (21:00:30); the stream's last order, 21:29:30, is before +2 h.
    expect(out.shops[0].rows.map((x: { hoursIn: number }) => x.hoursIn)).toEqual([1]);
    // Paid by 21:00:30: 61 stream orders, every one picked up late; the quiet days' orders were on time.
    expect(out.shops[0].rows[0].truth).toBe(61);
    const configs = [
      'typed',
      'calibrated',
      'observed',
      'observedEvery15',
      'observedEvery15Over24h',
      'calibratedObservedEvery15',
    ];
    expect(Object.keys(out.shops[0].rows[0])).toEqual(expect.arrayContaining(configs));
    expect(Object.keys(out.summary)).toEqual(['errorFloor', ...configs]);
    // The true counts at 21:00:30: the 61 stream orders open, none marked RTS (the file has no RTS column):
    // the same state the file gives, so the observed run is the typed one; one reading measures no speed.
    expect(out.shops[0].rows[0].observed).toEqual({ ...out.shops[0].rows[0].typed, speedRatio: null });
  });

  it('names the flag or file that is wrong', () => {
    expect(run().stderr).toContain('backtest: usage:');
    const n = run('--synthetic', '0');
    expect([n.status, n.stderr]).toEqual([1, 'backtest: --synthetic: "0" is not a number of shops from 1 up\n']);
    const hours = run('--synthetic', '1', '--at-hours', '1,x');
    expect(hours.stderr).toBe('backtest: --at-hours: "1,x" is not a list of hours above 0, such as 1,2\n');
    const missing = run('--orders', join(dir, 'none.csv'), '--settings', good);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`backtest: orders ${join(dir, 'none.csv')}: ENOENT`);
    expect(run('--orders', orders).stderr).toContain('--orders and --settings go together');
  });
});
