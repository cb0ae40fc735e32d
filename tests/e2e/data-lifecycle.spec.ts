import { defaultSettings } from '../../core/settings/settings';
import type { BackDoors } from './back-doors';
import { expect, test } from './fixtures';

const HOUR = 3_600_000;

/**
 * A backup file as storage/history/backup.ts writes it (version 2 of backup-schema.ts): one stream of
 * two readings, one imported file of two Douyin-shaped orders in one chunk, one settings version and
 * one final report. `region` is the destination written for both orders.
 */
function backupFile(region: string): string {
  const t = Date.now() - 48 * HOUR;
  const streamId = 'demo:7301234567';
  return JSON.stringify({
    app: 'les-radar',
    version: 2,
    exportedAt: t + 24 * HOUR,
    streams: [
      {
        streamId,
        source: 'demo',
        firstSeq: 0,
        firstAt: t,
        firstPaidOrders: 10,
        lastSeq: 1,
        lastAt: t + 60_000,
        lastPaidOrders: 25,
        snapshots: 2,
      },
    ],
    snapshots: [
      { streamId, seq: 0, at: t, paidOrders: 10, source: 'demo' },
      { streamId, seq: 1, at: t + 60_000, paidOrders: 25, source: 'demo' },
    ],
    estimates: [],
    imports: [
      {
        id: 1,
        name: 'orders.csv',
        format: 'douyin',
        rows: 2,
        added: 2,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        at: t + HOUR,
      },
    ],
    settingsHistory: [{ id: 1, savedAt: t - HOUR, settings: defaultSettings }],
    reports: [{ streamId, createdAt: t + 2 * HOUR, estimate: null, actuals: null }],
    orderChunks: [
      {
        id: 0,
        count: 2,
        ids: ['6917000000000000001', '6917000000000000002'],
        columns: {
          paidAt: [t, t + 30_000],
          shippedAt: [t + 20 * HOUR, null],
          deliveredAt: [null, null],
          deliverBy: [null, null],
          shipBy: [null, null],
          cancelledAt: [null, null],
          cancelledBy: [0, 0],
          flags: [0, 0],
          createdAt: [t - 5000, t + 25_000],
          rtsAt: [null, null],
          quantity: [1, 2],
        },
        carrier: ['中通快递', ''],
        liveRoomId: ['7301234567', '7301234567'],
        product: { values: ['', 'Tee'], codes: [1, 1] },
        promise: { values: [''], codes: [0, 0] },
        region: { values: ['', region], codes: [1, 1] },
      },
    ],
  });
}

/** Every object store of the database with its row count. */
async function storeSizes(backDoors: BackDoors): Promise<Record<string, number>> {
  const { json } = await backDoors.storedDatabase();
  const all = JSON.parse(json) as Record<string, unknown[]>;
  return Object.fromEntries(Object.entries(all).map(([name, rows]) => [name, rows.length]));
}

test('"Erase all" asks with the counts, then leaves every object store and the extension storage empty', async ({
  extension,
  backDoors,
}) => {
  const page = await extension.openOptions();
  await page.getByLabel('Restore from a backup (into a fresh profile)').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backupFile('浙江省')),
  });
  await expect(page.getByText('Restored from backup.json.')).toBeVisible();
  // A live reading with an order from the feed (feedOrders), which the background then estimates (estimates).
  const at = Date.now();
  const reading = { streamId: 'demo:live', seq: 0, at, paidOrders: 3, source: 'demo' };
  const feedOrders = [{ seq: 0, orderIds: ['6917000000000000009'] }];
  expect(await backDoors.sendRaw({ type: 'snapshots', payload: { snapshots: [reading], feedOrders } })).toMatchObject({
    ok: true,
  });
  // A warehouse stage reading (issue #15): shop-wide, kept two days, erased with the rest.
  const counts = { pickPack: 12, shipTransport: 3 };
  const stage = { at, origin: 'https://seller-us.tiktok.com', source: 'tiktok-orders', counts };
  expect(await backDoors.sendRaw({ to: 'background', type: 'stage-reading', payload: stage })).toMatchObject({
    ok: true,
  });
  await backDoors.setSettings(defaultSettings);
  await backDoors.setStored('local', { 'overlay:https://buyin.jinritemai.com': { corner: 'top-left', folded: true } });
  await backDoors.setStored('session', { 'risk-alerts': { lastAt: at, atRisk: 0 } });
  // Every store holds something before the erase.
  await expect.poll(async () => Object.values(await storeSizes(backDoors)).filter((n) => n === 0)).toEqual([]);

  await page.getByRole('button', { name: 'Erase all LES Radar data' }).click();
  // 2 streams (restored + live) with 3 readings; 2 orders from 1 file; 1 settings version; 1 report.
  await expect(page.locator('#confirm-erase-all')).toHaveText(
    'Erase everything LES Radar keeps on this computer: 2 streams with 3 readings, 2 orders from 1 imported files, 1 saved settings versions, 1 stream reports, and the settings themselves? This cannot be undone: back up first if you may want it again.',
  );
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await expect(page.getByText('Everything LES Radar kept on this computer is erased')).toBeVisible();

  const sizes = await storeSizes(backDoors);
  expect(Object.keys(sizes).sort()).toEqual([
    'estimates',
    'feedOrders',
    'historyMeta',
    'imports',
    'orderChunks',
    'orderIndex',
    'reports',
    'settingsHistory',
    'snapshots',
    'stageReadings',
    'streams',
  ]);
  expect(Object.entries(sizes).filter(([, n]) => n > 0)).toEqual([]);
  expect(await backDoors.storedKeys('local')).toEqual([]);
  expect(await backDoors.storedKeys('session')).toEqual([]);
});

test('a restore of a backup with a street address in a region is refused, naming where, and writes nothing', async ({
  extension,
  backDoors,
}) => {
  const page = await extension.openOptions();
  await page.getByLabel('Restore from a backup (into a fresh profile)').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backupFile('88 Wensan Road, Xihu District, Hangzhou')),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    'Restore from hostile.json failed: restoreBackup: refused, nothing was restored: orderChunks[0] row 0, region: not a province or state on the allow-list (never a city, street or postcode)',
  );
  // The address is not repeated back, and nothing of the file reached any store.
  await expect(alert).not.toContainText('Wensan');
  expect(Object.entries(await storeSizes(backDoors)).filter(([, n]) => n > 0)).toEqual([]);
});
