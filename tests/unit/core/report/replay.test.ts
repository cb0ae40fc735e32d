import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

  it('measures the card’s window ending at --at, and every order of the file without --at', () => {
    // Scored on Sat 5 Dec, the orders of 20–25 Nov are 10–15 days old: outside LDR's 7 days, so with --at
    // (the card's windows) LDR has no data; without --at the whole file counts: A2, A3 late, A5 overdue →
    // 3 late of the 5 judged (A4 cancelled before its deadline) = 0.6.
    const at = Date.parse('2026-12-05T12:00:00+08:00');
    const card = scorecardFor('tiktok-us-2026');
    expect(replay(read(), settings, card, at, 1).indicators.ldr).toBeNull();
    expect(replay(read(), settings, card, at, 1, { wholeFile: true }).indicators.ldr).toBeCloseTo(3 / 5, 10);
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

// The day/month order, told from the file by the import page's own detection (core/exports/slash-order.ts).
describe('replay CLI: the date order', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'replay-dates-'));
  const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/exports/${name}`, import.meta.url));
  const zoned = (timezone: string) => {
    const path = join(dir, `${timezone.replace('/', '-')}.json`);
    writeFileSync(path, JSON.stringify({ ...settings, timezone }));
    return path;
  };
  const la = zoned('America/Los_Angeles');
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/replay.ts', ...args], { encoding: 'utf8' });

  it('reads a US export with 12-hour times month-first without a flag, and says why', () => {
    // Seen: domain reference §5 and public code parsing "12/15/2025 9:30:33 AM" (fixtures/exports/VARIANTS.md).
    const us = fixture('tiktok-us-12h.csv');
    const r = run('--orders', us, '--settings', la);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'dates read month first (MM/DD/YYYY): detected, Delivered Time of row 1 reads 03/13/2026 12:30:00 PM',
    );
    expect(JSON.parse(r.stdout).orders.paid).toBe(3);
    // The flag still overrides: day first, the 13th month of row 1 is rejected and two orders remain.
    const dayFirst = run('--orders', us, '--settings', la, '--day-first');
    expect(dayFirst.stderr).toContain('dates read day first (DD/MM/YYYY): as --day-first says');
    expect(dayFirst.stderr).toContain('row 2, Delivered Time: not a date and time like DD/MM/YYYY');
    expect(JSON.parse(dayFirst.stdout).orders.paid).toBe(2);
    const both = run('--orders', us, '--settings', la, '--day-first', '--us-dates');
    expect(both.status).toBe(1);
    expect(both.stderr).toContain('--us-dates and --day-first contradict each other');
  });

  it('says so when no day above 12 tells, and --us-dates settles it', () => {
    const oneDay = join(dir, 'one-day.csv');
    writeFileSync(
      oneDay,
      `${HEADER}\n576461234567890001,1,10.00,03/01/2026 10:00:00,03/02/2026 15:00:00,,,,Carrier X,Jane Doe\n`,
    );
    const guessed = run('--orders', oneDay, '--settings', la);
    expect(guessed.stderr).toContain(
      'dates read day first (DD/MM/YYYY): no day above 12 in its first rows tells (the default; pass --us-dates',
    );
    const told = run('--orders', oneDay, '--settings', la, '--us-dates');
    expect(told.stderr).toContain('dates read month first (MM/DD/YYYY): as --us-dates says');
    // 1 March 10:00 PST is 18:00 UTC; read day first it would have been 3 January.
    expect(JSON.parse(told.stdout).at).toBe('2026-03-02T23:00:00.000Z'); // the last event: shipped 2 March 15:00 PST
  });

  it('reads 12-hour times month first without the flag: only US exports print AM/PM', () => {
    const twelve = join(dir, 'twelve-hour.csv');
    writeFileSync(
      twelve,
      `${HEADER}\n576461234567890001,1,10.00,03/01/2026 10:00:00 AM,03/02/2026 3:00:00 PM,,,,Carrier X,Jane Doe\n`,
    );
    const r = run('--orders', twelve, '--settings', la);
    expect(r.stderr).toContain('dates read month first (MM/DD/YYYY)');
    expect(JSON.parse(r.stdout).at).toBe('2026-03-02T23:00:00.000Z'); // shipped 2 March 3:00 PM PST
  });

  it('says a 抖店 export dates the ship click, not the pickup scan, and carries no delivery time', () => {
    const r = run('--orders', fixture('douyin-orders.utf8.csv'), '--settings', zoned('Asia/Shanghai'));
    expect(r.status).toBe(0);
    const { assumptions } = JSON.parse(r.stdout);
    expect(assumptions).toContainEqual(expect.stringContaining("发货时间, the merchant's ship click"));
    expect(assumptions).toContainEqual(expect.stringContaining('订单完成时间 is the buyer'));
  });

  it('prints the reader’s warnings: an unknown status word, once, with its row count', () => {
    // Seen: Thai statuses under English headers, domain reference §5 (fixtures/exports/VARIANTS.md).
    const r = run('--orders', fixture('tiktok-th-status.csv'), '--settings', zoned('Asia/Bangkok'));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Order Status "รอตรวจสอบ" on 2 rows (first: row 5) is not a value this reader knows');
    expect(JSON.parse(r.stdout).orders).toEqual({ paid: 5, cancelled: 1 }); // the unknown word's rows are kept
  });
});
