import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_ALERTS } from '../../../../core/faces/alert-limit';
import { defaultSettings } from '../../../../core/settings/settings';
import { countData } from '../../../../storage/lifecycle/data-counts';
import { eraseAll } from '../../../../storage/lifecycle/erase-all';
import { savePlan } from '../../../../storage/run-of-show-store';
import { writeStored } from '../../../../storage/stored';
import { overlayMemoryKey, riskAlertsKey, settingsKey } from '../../../../storage/stored-keys';
import { freshDb } from '../history/helpers';
import { at, fillTwoStreams } from './filled';

const times = {
  old: at('2026-08-01T12:00:00Z'),
  recent: at('2026-12-01T12:00:00Z'),
  imports: [at('2026-05-01T00:00:00Z'), at('2026-12-02T00:00:00Z')],
  paid: [at('2026-04-30T08:00:00Z'), at('2026-12-01T12:30:00Z')],
  settings: [at('2026-03-01T00:00:00Z')],
};

describe('erase all', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts what it will erase, then leaves every object store empty and no key of the registry', async () => {
    const db = freshDb();
    await fillTwoStreams(db, times);
    await writeStored(settingsKey, defaultSettings);
    await writeStored(riskAlertsKey, NO_ALERTS);
    await writeStored(overlayMemoryKey('https://example.test'), { corner: 'top-right', folded: true } as never);
    await savePlan('demo:recent', [{ at: times.recent, orders: 2000 }], times.recent);
    // One warehouse stage reading (issue #15): shop-wide, no stream's, and erased all the same.
    await db.stageReadings.add({
      at: times.recent,
      until: times.recent,
      origin: 'https://seller-us.tiktok.com',
      source: 'tiktok-orders',
      counts: { pickPack: 12 },
    });
    // A key no registry entry declares is not LES Radar's to erase.
    await fakeBrowser.storage.local.set({ 'someone-else': 1 });
    // 2 streams × 3 readings; 2 imported files of 1 order each; 1 settings version; 2 final reports.
    expect(await countData(db)).toEqual({
      streams: 2,
      snapshots: 6,
      orders: 2,
      imports: 2,
      settingsVersions: 1,
      reports: 2,
    });

    const erased = await eraseAll(db);
    expect(erased.tables).toMatchObject({
      streams: 2,
      snapshots: 6,
      feedOrders: 4,
      estimates: 2,
      historyMeta: 1,
      stageReadings: 1,
    });
    // Settings, risk alerts, one overlay place, the run-of-show.
    expect(erased.storedKeys).toBe(4);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
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
      ].sort(),
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'someone-else': 1 });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
