import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '../../../../core/outlook/estimate';
import { defaultSettings } from '../../../../core/settings/settings';
import { syntheticExport } from '../../../../storage/history/synthetic';
import { exportBackup, loadHistory, restoreBackup, upsertOrders } from '../../../../storage/history-store';
import { saveStreamReport } from '../../../../storage/report-store';
import { recordSettingsVersion } from '../../../../storage/settings-history';
import { storeSnapshots } from '../../../../storage/snapshot-store';
import { snap } from '../../helpers';
import { exportOf, freshDb, T } from './helpers';

/**
 * 25 generated orders (every column used somewhere, 1 % unpaid) in chunks of 10: 3 chunks; plus a stream
 * of 3 readings, its estimate and its final report, and two saved settings versions.
 */
async function filled() {
  const db = freshDb();
  const readings = [snap(0, T, 500), snap(1, T + 60_000, 560), snap(2, T + 120_000, 800)];
  await storeSnapshots(db, readings);
  await db.estimates.put(computeEstimate(readings, defaultSettings, T + 120_000));
  const x = syntheticExport(25, { seed: 7, start: T });
  await upsertOrders(db, x, { source: 'synthetic.csv', chunkSize: 10, at: T + 1 });
  await recordSettingsVersion(db, defaultSettings, T - 1000);
  await recordSettingsVersion(db, { ...defaultSettings, retentionDays: 150 }, T - 500);
  const estimate = computeEstimate(readings, defaultSettings, T + 120_000);
  const actuals = { orders: 300, shipped: 280, late: 12, cancelled: 5, matchedBy: 'room' as const };
  await saveStreamReport(db, { streamId: estimate.streamId, createdAt: T + 130_000, estimate, actuals });
  return db;
}

type Json = Record<string, unknown> & { orderChunks: { ids: string[]; columns: Record<string, unknown[]> }[] };

describe('exportBackup and restoreBackup', () => {
  it('round-trips every table; NaN is written as null and comes back as NaN', async () => {
    const source = await filled();
    const text = await exportBackup(source);
    const json = JSON.parse(text) as Json;
    expect(json).toMatchObject({ app: 'les-radar', version: 2 });
    expect(json.orderChunks.map((c) => c.ids.length)).toEqual([10, 10, 5]); // 25 in chunks of 10
    // Every NaN became null (the generator leaves some orders undelivered).
    expect(JSON.stringify(json.orderChunks[0].columns)).not.toContain('NaN');
    expect(json.orderChunks.some((c) => c.columns.deliveredAt.includes(null))).toBe(true);

    const target = freshDb();
    expect(await restoreBackup(target, text)).toEqual({
      streams: 1,
      snapshots: 3,
      estimates: 1,
      imports: 1,
      orders: 25,
      settingsVersions: 2,
      reports: 1,
    });
    const [a, b] = [await loadHistory(source), await loadHistory(target)];
    expect(b.orders.length).toBe(25);
    for (const name of ['paidAt', 'shippedAt', 'deliveredAt', 'deliverBy', 'shipBy', 'cancelledAt'] as const) {
      expect(b.orders[name]).toBeInstanceOf(Float64Array);
      expect(Array.from(b.orders[name]), name).toEqual(Array.from(a.orders[name]));
    }
    expect(Array.from(b.orders.cancelledBy)).toEqual(Array.from(a.orders.cancelledBy));
    expect(Array.from(b.orders.flags)).toEqual(Array.from(a.orders.flags));
    expect(b.carrier).toEqual(a.carrier);
    expect(b.liveRoomId).toEqual(a.liveRoomId);
    // The rest, record for record, bounds included (recomputed on restore).
    const tables = ['streams', 'snapshots', 'estimates', 'imports', 'orderChunks', 'orderIndex'] as const;
    for (const table of [...tables, 'settingsHistory', 'reports'] as const) {
      expect(await target[table].toArray(), table).toEqual(await source[table].toArray());
    }
    expect((await target.settingsHistory.toArray()).map((v) => v.settings.retentionDays)).toEqual([120, 150]);
    // The ids came back too: importing the same orders again adds nothing.
    const again = syntheticExport(25, { seed: 7, start: T });
    expect(await upsertOrders(target, again, { source: 'x', chunkSize: 10 })).toEqual({
      added: 0,
      updated: 0,
      unchanged: 25,
    });
  });

  it('refuses a database that holds anything, and changes nothing in it', async () => {
    const text = await exportBackup(await filled());
    const target = freshDb();
    await upsertOrders(target, exportOf([{ id: 'Z', paidAt: T }]), { source: 'z' });
    await expect(restoreBackup(target, text)).rejects.toThrow(
      /is not empty \(1 in imports, 1 in orderChunks, 1 in orderIndex\); a backup is restored only into an empty database/,
    );
    expect((await loadHistory(target)).orders.length).toBe(1);
  });

  it('names the bad field of a damaged backup and restores nothing', async () => {
    const text = await exportBackup(await filled());
    const damaged = (change: (j: Json) => void) => {
      const j = JSON.parse(text) as Json;
      change(j);
      return JSON.stringify(j);
    };
    const target = freshDb();
    await expect(restoreBackup(target, 'not json')).rejects.toThrow('not a backup, the text is not JSON');
    await expect(
      restoreBackup(
        target,
        damaged((j) => (j.app = 'other')),
      ),
    ).rejects.toThrow(/at app|app:/);
    await expect(
      restoreBackup(
        target,
        damaged((j) => {
          j.orderChunks[1].columns.paidAt[3] = 'yesterday';
        }),
      ),
    ).rejects.toThrow('orderChunks[1].columns.paidAt[3]: Invalid input: expected number, received string');
    await expect(
      restoreBackup(
        target,
        damaged((j) => {
          j.orderChunks[2].columns.shippedAt.pop();
        }),
      ),
    ).rejects.toThrow('orderChunks[2].columns.shippedAt: 4 values where count is 5');
    await expect(
      restoreBackup(
        target,
        damaged((j) => {
          j.orderChunks[2].ids[0] = j.orderChunks[0].ids[0];
        }),
      ),
    ).rejects.toThrow(/orderChunks\[2\]\.ids\[0\]: the order id ".*" is also at orderChunks\[0\]\.ids\[0\]/);
    await expect(
      restoreBackup(
        target,
        damaged((j) => {
          j.orderChunks[0].columns.cancelledBy[0] = 9;
        }),
      ),
    ).rejects.toThrow('orderChunks[0].columns.cancelledBy[0]');
    for (const table of ['streams', 'snapshots', 'estimates', 'imports', 'orderChunks', 'orderIndex'] as const) {
      expect(await target[table].count()).toBe(0);
    }
    expect(await target.settingsHistory.count()).toBe(0);
    await expect(
      restoreBackup(
        target,
        damaged((j) => {
          (j.reports as { actuals: { late: number } }[])[0].actuals.late = -1;
        }),
      ),
    ).rejects.toThrow('reports[0].actuals.late');
  });

  it('drops fields the store never writes, so a backup cannot add personal data', async () => {
    const text = await exportBackup(await filled());
    const j = JSON.parse(text) as Json;
    (j.orderChunks[0] as Record<string, unknown>).buyerPhone = ['13800000000'];
    (j.streams as Record<string, unknown>[])[0].buyerName = 'someone';
    const target = freshDb();
    await restoreBackup(target, JSON.stringify(j));
    expect(Object.keys((await target.orderChunks.get(0)) ?? {})).not.toContain('buyerPhone');
    expect(Object.keys((await target.streams.toArray())[0])).not.toContain('buyerName');
  });

  it('backs up and restores an empty database', async () => {
    const text = await exportBackup(freshDb());
    expect(await restoreBackup(freshDb(), text)).toEqual({
      streams: 0,
      snapshots: 0,
      estimates: 0,
      imports: 0,
      orders: 0,
      settingsVersions: 0,
      reports: 0,
    });
  });

  it('restores a version-1 backup: its orders get the details unknown, and no settings history or reports', async () => {
    const j = JSON.parse(await exportBackup(await filled())) as Json;
    // A version-1 file as the first release wrote it: no order details, no settings history, no reports.
    j.version = 1;
    delete j.settingsHistory;
    delete j.reports;
    for (const c of j.orderChunks as Record<string, unknown>[]) {
      for (const name of ['createdAt', 'rtsAt', 'quantity']) delete (c.columns as Record<string, unknown>)[name];
      for (const name of ['product', 'promise', 'region']) delete c[name];
    }
    const target = freshDb();
    expect(await restoreBackup(target, JSON.stringify(j))).toMatchObject({
      orders: 25,
      settingsVersions: 0,
      reports: 0,
    });
    const h = await loadHistory(target);
    expect(h.orders.length).toBe(25);
    expect(Array.from(h.orders.createdAt).every(Number.isNaN)).toBe(true);
    expect(Array.from(h.quantity).every((q) => q === 0)).toBe(true);
    expect(h.product.values).toEqual(['']);
  });
});
