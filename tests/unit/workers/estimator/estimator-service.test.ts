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
