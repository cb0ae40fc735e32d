import { defaultSettings } from '../../core/settings/settings';
import { expect, test } from './fixtures';
import { ImportPage } from './pages/import.page';
import { ReportPage } from './pages/report.page';
import { tiktokTime, writeExport } from './tiktok-export';

const TZ = 'Asia/Shanghai';
const DAY = 86_400_000;
const STREAM = 'demo:7309999001';

/**
 * A stream six days ago (day D, Shanghai), recorded as the content script would send it, and its TikTok
 * export. Default warehouse (pickups 11:00 and 17:00) with a 24 h promise: orders paid D 10:00 must be
 * picked up by D+1 10:00, and the last pickup before that is D 17:00. 40 orders, all J&T Express, all
 * delivered D+3 12:00 (on time: the route standard is the end of the 3rd day after the pickup):
 *   20 packed D 10:30, scanned D 11:05            on time     (18 California, 2 Texas)
 *    4 packed D 16:00, scanned D 17:05            on time     (Texas)
 *   12 packed D 18:30 (after 17:00), scanned D+1 11:05  late: pick & pack        (California)
 *    4 packed D 12:00 (before 17:00), scanned D+1 11:05 late: ship & transport   (Texas)
 */
function fixture() {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(Date.now() - 6 * DAY);
  const at = (day: number, time: string) => Date.parse(`${iso}T${time}:00+08:00`) + day * DAY;
  const rows: string[][] = [];
  const add = (n: number, packed: number, scanned: number, states: string[]) => {
    for (let k = 0; k < n; k++) {
      const t = (ms: number) => tiktokTime(ms, TZ);
      const id = `5764612345678${String(90000 + rows.length)}`;
      rows.push([
        id,
        '1',
        '10.00',
        t(at(0, '10:00')),
        t(packed),
        t(scanned),
        t(at(3, '12:00')),
        '',
        '',
        'J&T Express',
        states[k],
      ]);
    }
  };
  const cal = (n: number) => Array.from({ length: n }, () => 'California');
  const tex = (n: number) => Array.from({ length: n }, () => 'Texas');
  add(20, at(0, '10:30'), at(0, '11:05'), [...cal(18), ...tex(2)]);
  add(4, at(0, '16:00'), at(0, '17:05'), tex(4));
  add(12, at(0, '18:30'), at(1, '11:05'), cal(12));
  add(4, at(0, '12:00'), at(1, '11:05'), tex(4));
  const header = [
    'Order ID',
    'Quantity',
    'Order Amount',
    'Paid Time',
    'RTS Time',
    'Shipped Time',
    'Delivered Time',
    'Cancelled Time',
    'Cancel By',
    'Shipping Provider Name',
    'State',
  ];
  const snapshots = [
    { at: at(0, '09:58'), paidOrders: 0 },
    { at: at(0, '10:00') + 30_000, paidOrders: 40 },
    { at: at(0, '10:05'), paidOrders: 40 },
  ].map((s, seq) => ({ streamId: STREAM, seq, source: 'demo', ...s }));
  return { path: writeExport('les-radar-insights', header, rows), snapshots };
}

test('the report shows what held a past stream and the carriers of an imported export', async ({
  extension,
  backDoors,
}) => {
  await backDoors.setSettings({ ...defaultSettings, promise: { type: 'hours', hours: 24 } });
  const { path, snapshots } = fixture();
  expect(await backDoors.sendRaw({ type: 'snapshots', payload: { snapshots } })).toMatchObject({ ok: true });
  const importPage = new ImportPage(await extension.openImport());
  await importPage.importPath(path, TZ);
  await importPage.finished();
  await expect(importPage.figure('added')).toHaveText('40');
  // The stream's estimate is computed in the background after its snapshots: wait until it is stored.
  await expect
    .poll(
      async () =>
        ((await backDoors.sendRaw({ type: 'get-estimate', payload: { streamId: STREAM } })) as { data: unknown }).data,
    )
    .not.toBeNull();

  const report = new ReportPage(await extension.openReport());
  const section = report.attribution(STREAM);
  // Predicted: 40 orders at 10:00, 4 packers × 25/h pack them by 10:24, the 11:00 pickup takes them: none late.
  await expect(section.getByTestId('predicted-summary')).toHaveText(
    'Predicted while live: No order is predicted to ship late: no stage is holding the stream back.',
  );
  // Actual: 16 late, 12 of them packed after the last pickup before their deadline → 12 / 16 = 75 %.
  await expect(section.getByTestId('actual-summary')).toHaveText(
    'From the imported export (40 orders): 75 % of the 16 late dispatches were not packed in time for the last pickup before their deadline (pick & pack).',
  );
  await expect(report.stageCell(section, 'actual-stages', 'pickPack', 'late')).toHaveText('12');
  await expect(report.stageCell(section, 'actual-stages', 'shipTransport', 'late')).toHaveText('4');
  // Points (douyin-2026-07: 15 % pickup score, 70 % waybill on time = 100, 15 % fault returns = 80 for a
  // small shop). Pickup points: 24 scanned within 12 h → 100, 16 after 25 h → 80; mean (24·100 + 16·80)/40
  // = 92. Pick & pack's 12 at D 17:00 instead → (36·100 + 4·80)/40 = 98, +6 × 0.15 = 0.9 points; ship &
  // transport's 4 at D 17:00 → 94, +2 × 0.15 = 0.3; all → 100, +8 × 0.15 = 1.2 = 0.9 + 0.3.
  await expect(report.stageCell(section, 'actual-stages', 'pickPack', 'points')).toHaveText('0.9');
  await expect(report.stageCell(section, 'actual-stages', 'shipTransport', 'points')).toHaveText('0.3');
  await expect(report.windowSummary).toHaveText(
    '40 orders: 75 % of the 16 late dispatches were not packed in time for the last pickup before their deadline (pick & pack). Late orders cost 1.2 points of the score now.',
  );

  // Carrier, 40 parcels: every scan within 45 min of 11:00 or 17:00 → 40/40, Wilson [91.2 %, 100 %].
  // First pickup after packing: all but the 4 packed 12:00 and scanned next day (36/40 = 90 %, [77 %, 96 %]).
  // Transit: 16 × 48.9 h, 4 × 66.9 h, 20 × 72.9 h → P50 (20th) 66.9 h, P90 (36th) 72.9 h. All on time; no fault return.
  expect(await report.carrierRows('Carriers')).toEqual([
    [
      'J&T Express',
      '40',
      '100 % (91.2 %–100 %, n 40)',
      '90 % (77 %–96 %, n 40)',
      '66.9 h / 72.9 h (n 40)',
      '100 % (91.2 %–100 %, n 40)',
      '0 % (0 %–8.8 %, n 40)',
    ],
  ]);
  // By region: California 30 (18 + 12, every one taken by its first pickup), Texas 10 (below 30).
  const none = 'not enough data';
  expect(await report.carrierRows('Carriers by destination region')).toEqual([
    [
      'J&T Express',
      'California',
      '30',
      '100 % (88.7 %–100 %, n 30)',
      '100 % (88.7 %–100 %, n 30)',
      '72.9 h / 72.9 h (n 30)',
      '100 % (88.7 %–100 %, n 30)',
      '0 % (0 %–11.4 %, n 30)',
    ],
    ['J&T Express', 'Texas', '10', none, none, none, none, none],
  ]);
});
