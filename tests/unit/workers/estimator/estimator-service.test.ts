import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readOrderExport } from '../../../../core/exports';
import { fillDeadlines } from '../../../../core/model/ship-by-orders';
import { cardFor, scoreAt } from '../../../../core/scorecards';
import { defaultSettings } from '../../../../core/settings/settings';
import { RadarDb } from '../../../../storage/db';
import { upsertOrders } from '../../../../storage/history-store';
import { storeSnapshots } from '../../../../storage/snapshot-store';
import { EstimatorService } from '../../../../workers/estimator/estimator-service';
import { sh, snap } from '../../helpers';

/** 40 orders paid 20/11 10:00–10:39 (Shanghai), picked up at 17:00, delivered 22/11 12:00. */
function exportCsv(): string {
  const header = 'Order ID,Quantity,Order Amount,Paid Time,Shipped Time,Delivered Time,Cancelled Time,Cancel By';
  const rows = Array.from(
    { length: 40 },
    (_, k) =>
      `5764612345678901${String(k).padStart(2, '0')},1,10.00,20/11/2026 10:${String(k).padStart(2, '0')}:00,20/11/2026 17:00:00,22/11/2026 12:00:00,,`,
  );
  return [header, ...rows].join('\n');
}

describe('the estimator with stored order history', () => {
  it('scores the history inside the window before the stream, and says how many orders it rests on', async () => {
    const db = new RadarDb(`history-${Math.random()}`);
    const read = readOrderExport({ name: 'orders.csv', text: exportCsv() }, { timeZone: defaultSettings.timezone });
    if (!read.ok) throw new Error(read.error.message);
    await upsertOrders(db, read.data, { source: 'orders.csv' });
    const t = sh('2026-11-25', '20:00');
    await storeSnapshots(db, [snap(0, t, 0), snap(1, t + 60_000, 50)]);
    const e = await new EstimatorService(db).estimate('demo:7301234567', defaultSettings, t + 60_000);
    // All 40 were paid within the 30 days before the stream: the score rests on them.
    expect(e?.outlook?.historyOrders).toBe(40);
    // And "now" is exactly what the scorecard engine says of those orders at that instant.
    fillDeadlines(read.data.orders, defaultSettings, cardFor(defaultSettings));
    const expected = scoreAt(cardFor(defaultSettings), read.data.orders, t + 60_000, defaultSettings.timezone).score;
    expect(e?.outlook?.scoreNow).toBe(expected);
    // 40 ≥ 30 valid orders: past the growth stage, so a real score, not the fixed 70.
    expect(expected).not.toBe(70);
  });
});

describe('the product-level late-shipment rule on stored history', () => {
  it('flags a product late on three days of the last week, named as the store keeps it', async () => {
    // Douyin 2026-07, 48 h promise. "Hero Mug": 12 orders paid at 10:00 on each of 20, 21 and 22 Nov, all picked
    // up four days later: each due day (22, 23, 24 Nov) has 12 late of 12 = 100 % > 25 % with ≥ 10 late →
    // 3 days within 7 → banned from sale for 3 days. 36 orders: past the growth stage.
    const header =
      'Order ID,Quantity,Order Amount,Paid Time,Shipped Time,Delivered Time,Cancelled Time,Cancel By,Product Name';
    const rows = [20, 21, 22].flatMap((day) =>
      Array.from(
        { length: 12 },
        (_, k) =>
          `57646123456790${day}${String(k).padStart(2, '0')},1,10.00,${day}/11/2026 10:${String(k).padStart(2, '0')}:00,${day + 4}/11/2026 10:00:00,,,,Hero Mug`,
      ),
    );
    const db = new RadarDb(`products-${Math.random()}`);
    const read = readOrderExport(
      { name: 'orders.csv', text: [header, ...rows].join('\n') },
      { timeZone: defaultSettings.timezone },
    );
    if (!read.ok) throw new Error(read.error.message);
    await upsertOrders(db, read.data, { source: 'orders.csv' });
    const t = sh('2026-11-27', '20:00');
    await storeSnapshots(db, [snap(0, t, 0), snap(1, t + 60_000, 5)]);
    const e = await new EstimatorService(db).estimate('demo:7301234567', defaultSettings, t + 60_000);
    const flag = e?.outlook?.flags.find((f) => f.id.startsWith('product-late-25-3x7d'));
    expect(flag?.product).toEqual({ code: '', name: 'Hero Mug' });
  });
});

describe('the estimator on the warehouse’s counts (review of issue #15)', () => {
  // 2 packers × 60 orders/h, 09:00–18:00 every day, one pickup at 17:00 taking up to 5,000; calibration off.
  const settings = {
    ...defaultSettings,
    model: { ...defaultSettings.model, calibrate: false },
    stages: {
      ...defaultSettings.stages,
      pickPack: { ordersPerPackerHour: 60, shifts: [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 2 }] },
      ship: { pickups: [{ time: '17:00', maxParcels: 5000 }] },
    },
  };
  const at = (time: string) => sh('2026-11-25', time);
  const page = { origin: 'https://seller-us.tiktok.com', source: 'tiktok-orders' };

  async function shop() {
    const db = new RadarDb(`observed-${Math.random()}`);
    // 600 orders at 10:00; the page, read all along, shows 600 → 570 waiting by 10:31: half the settings' speed.
    await storeSnapshots(db, [snap(0, at('10:00'), 0), snap(1, at('10:01'), 600), snap(2, at('10:31'), 600)]);
    await db.stageReadings.bulkAdd([
      { ...page, at: at('10:01'), until: at('10:30'), counts: { pickPack: 600, shipTransport: 0 } },
      { ...page, at: at('10:31'), until: at('10:31'), counts: { pickPack: 570, shipTransport: 30 } },
    ]);
    return new EstimatorService(db);
  }

  it('adds the what-if’s packers at the measured speed (they are not divided out by the measurement)', async () => {
    const service = await shop();
    const now = at('10:31');
    const plain = await service.estimate('demo:7301234567', settings, now, { save: false });
    const more = await service.estimate('demo:7301234567', settings, now, {
      save: false,
      whatIf: { packers: 2, extraPickups: 0 },
    });
    expect(plain?.observed?.speed?.ratio).toBe(0.5);
    // Three hours on (index 3 of the hourly forecast): 2 packers at half speed pack 1 a minute, 4 pack 2.
    // 570 − 180 = 390 waiting as measured; with 2 more, 570 − 360 = 210.
    const waiting = (e: typeof plain) => (e ? e.backlogForecast[3].pickPack + e.backlogForecast[3].receipt : -1);
    expect(waiting(plain)).toBe(390);
    expect(waiting(more)).toBe(210);
  });

  it('judges the next morning’s pickup after an evening stream, at the clock, not at the stream’s last reading', async () => {
    const db = new RadarDb(`observed-next-${Math.random()}`);
    await storeSnapshots(db, [snap(0, at('20:00'), 0), snap(1, at('20:01'), 300), snap(2, at('23:00'), 800)]);
    const next = (time: string) => sh('2026-11-26', time);
    // The next day's 17:00 pickup: 150 parcels before, 160 after (the page changed at 17:05).
    await db.stageReadings.bulkAdd([
      { ...page, at: next('16:50'), until: next('16:59'), counts: { pickPack: 100, shipTransport: 150 } },
      { ...page, at: next('17:05'), until: next('17:40'), counts: { pickPack: 90, shipTransport: 160 } },
    ]);
    const e = await new EstimatorService(db).estimate('demo:7301234567', settings, next('17:40'), { save: false });
    expect(e?.missedPickup).toMatchObject({ pickupAt: next('17:00'), parcels: 150 });
  });
});
