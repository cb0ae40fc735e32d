import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrderExport } from '../../../../core/exports';
import { replay } from '../../../../core/report/replay';
import { scorecardFor } from '../../../../core/scorecards';
import { type Settings, settingsSchema } from '../../../../core/settings/settings';

/**
 * A small TikTok-style export (Shanghai time for easy arithmetic), a 48 h promise and the TikTok US
 * card: late dispatch is "picked up after paid + 48 h".
 */
const HEADER =
  'Order ID,Quantity,Order Amount,Paid Time,Shipped Time,Delivered Time,Cancelled Time,Cancel By,Shipping Provider Name,Recipient';
const rows = [
  // id, paid, shipped, delivered, cancelled, cancel by
  ['576461234567890001', '20/11/2026 10:00:00', '21/11/2026 11:00:00', '23/11/2026 15:00:00', '', ''], // 25 h: on time
  ['576461234567890002', '20/11/2026 10:00:00', '22/11/2026 11:00:00', '24/11/2026 15:00:00', '', ''], // 49 h: late
  ['576461234567890003', '21/11/2026 20:00:00', '24/11/2026 11:00:00', '', '', ''], // 63 h: late
  ['576461234567890004', '22/11/2026 09:00:00', '', '', '22/11/2026 12:00:00', 'Buyer'], // cancelled before its deadline
  ['576461234567890005', '24/11/2026 09:00:00', '', '', '', ''], // never picked up; deadline 26/11 09:00 passed by the file's end
  ['576461234567890006', '25/11/2026 12:00:00', '25/11/2026 17:00:00', '', '', ''], // 5 h: on time; the last event (file end 25/11 17:00)
];
const csv = [
  HEADER,
  ...rows.map(
    ([id, paid, shipped, delivered, cancelled, by]) =>
      `${id},1,10.00,${paid},${shipped},${delivered},${cancelled},${by},Carrier X,Jane Doe`,
  ),
].join('\n');

const settings: Settings = settingsSchema.parse({
  scorecard: 'tiktok-us-2026',
  timezone: 'Asia/Shanghai',
  promise: { type: '48h' },
  stages: {
    receipt: { mode: 'auto' },
    pickPack: { ordersPerPackerHour: 25, shifts: [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 4 }] },
    ship: {
      pickups: [
        { time: '11:00', maxParcels: 400 },
        { time: '17:00', maxParcels: 400 },
      ],
    },
    delivery: { onTimeRate: 0.93, meanTransitHours: 52 },
  },
  model: { samples: 40 },
});

function read() {
  const r = readOrderExport({ name: 'orders.csv', text: csv }, { timeZone: settings.timezone });
  if (!r.ok) throw new Error(r.error.message);
  return r.data.orders;
}

describe('replay', () => {
  it('counts what really happened over the whole file', () => {
    const at = Date.parse('2026-11-26T12:00:00+08:00');
    const r = replay(read(), settings, scorecardFor('tiktok-us-2026'), at, 1);
    expect(r.orders).toEqual({ paid: 6, cancelled: 1 });
    // A2 (49 h) and A3 (63 h) were picked up late; A5 was never picked up and its deadline (26/11 09:00)
    // had passed by the end of the file... which is 25/11 17:00: not yet. So 2 late.
    expect(r.lateDispatch.actual).toBe(2);
    // LDR as known at `at`: A2, A3 late; A5 overdue (deadline 26/11 09:00 < at 12:00) → 3 late of 5 judged
    // (A1, A2, A3, A5, A6; A4 cancelled before its deadline).
    expect(r.indicators.ldr).toBeCloseTo(3 / 5, 10);
    // SFCR: no seller or system cancellation.
    expect(r.indicators.sfcr).toBe(0);
    // What really held them: the file has no RTS Time column, so the 2 late dispatches cannot be placed
    // between packing and pickup; the stages still add up to the 2.
    expect(r.attributionActual.lateDispatch).toBe(2);
    expect(r.attributionActual.stages.map((s) => [s.stage, s.lateDispatch])).toEqual([
      ['receipt', 0],
      ['pickPack', 0],
      ['shipTransport', 0],
      ['delivery', 0],
      ['unknown', 2],
    ]);
    expect(r.carrierRegions).toEqual([]);
  });

  it('simulates the recent orders and adds the lateness already known for the older ones', () => {
    const at = Date.parse('2026-11-25T13:00:00+08:00');
    const r = replay(read(), settings, scorecardFor('tiktok-us-2026'), at, 1);
    // Open at `at`: A5 (paid 24/11 09:00, unshipped) and A6 (paid 25/11 12:00) → the window starts at A5's payment.
    expect(r.lateDispatch.window).toEqual({ from: '2026-11-24T01:00:00.000Z', orders: 2 });
    // Older orders known late at `at`: A2 and A3 → the prediction adds 2 to what it expects for A5 and A6.
    expect(r.lateDispatch.predicted.p10).toBeGreaterThanOrEqual(2);
    expect(r.lateDispatch.predicted.p90).toBeLessThanOrEqual(4);
    expect(r.actions.length).toBe(8);
  });
});

// Each case starts the CLI as a real process (tsx): generous limits for a loaded two-core machine.
describe('replay CLI', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'replay-'));
  const orders = join(dir, 'orders.csv');
  const good = join(dir, 'settings.json');
  writeFileSync(orders, csv);
  writeFileSync(good, JSON.stringify(settings));
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/replay.ts', ...args], { encoding: 'utf8' });

  it('prints the JSON the issue asks for', () => {
    const r = run('--orders', orders, '--settings', good, '--at', '2026-11-26T12:00:00+08:00');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining([
        'scorecard',
        'at',
        'orders',
        'indicators',
        'score',
        'lateDispatch',
        'backlog',
        'actions',
        'attribution',
        'attributionActual',
        'carriers',
      ]),
    );
    expect(out.at).toBe('2026-11-26T04:00:00.000Z');
    expect(out.lateDispatch.actual).toBe(2);
    // The stages' shares add up to the predicted late orders they split.
    const stages = out.attribution.stages as { late: number }[];
    expect(stages.reduce((a, s) => a + s.late, 0)).toBe(out.attribution.late);
    // Four parcels scanned by `at` (…001, …002, …003, …006), all Carrier X: too few for a scorecard.
    expect(out.carriers).toEqual([
      {
        carrier: 'Carrier X',
        orders: 4,
        pickupPunctuality: null,
        firstPickupShare: null,
        transitHours: null,
        onTimeDelivery: null,
        faultReturns: null,
      },
    ]);
  });

  it('names the field, file or value that is wrong, and exits 1', () => {
    const bad = join(dir, 'bad-settings.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ...settings,
        stages: { ...settings.stages, ship: { pickups: [{ time: '25:00', maxParcels: 400 }] } },
      }),
    );
    const r1 = run('--orders', orders, '--settings', bad);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toContain('bad-settings.json');
    expect(r1.stderr).toContain('stages.ship.pickups[0].time');
    const r2 = run('--orders', orders, '--settings', good, '--scorecard', 'douyin-2099');
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain('unknown scorecard "douyin-2099"');
    const r3 = run('--orders', orders, '--settings', good, '--at', 'yesterday-ish');
    expect(r3.status).toBe(1);
    expect(r3.stderr).toContain('--at: "yesterday-ish" is not a date');
    const unknown = join(dir, 'unknown.csv');
    writeFileSync(unknown, 'Foo,Bar\n1,2\n');
    const r4 = run('--orders', unknown, '--settings', good);
    expect(r4.status).toBe(1);
    expect(r4.stderr).toContain('unknown.csv');
    const badRow = join(dir, 'bad-row.csv');
    writeFileSync(badRow, `${csv}\n576461234567890007,1,10.00,31/02/2026 99:00:00,,,,,,`);
    const r5 = run('--orders', badRow, '--settings', good);
    expect(r5.status).toBe(0); // the bad row is reported and skipped, the rest replays
    expect(r5.stderr).toMatch(/row 8, Paid Time/);
  });
});
