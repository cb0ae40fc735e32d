import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup, upsertOrders } from '../../../../storage/history-store';
import { storeSnapshots } from '../../../../storage/snapshot-store';
import { snap } from '../../helpers';
import { exportOf, freshDb, T } from './helpers';

/** Three orders (two shipped by SF Express to Zhejiang) and one stream of two readings, backed up. */
async function backupText(): Promise<string> {
  const db = freshDb();
  await storeSnapshots(db, [snap(0, T, 5), snap(1, T + 60_000, 9)]);
  const orders = [
    { id: '6917000000000000001', paidAt: T, carrier: 'SF Express', region: '浙江省', product: 'Tee' },
    { id: '6917000000000000002', paidAt: T + 1000, carrier: 'SF Express', region: '浙江省', promise: '次日发货' },
    { id: '6917000000000000003', paidAt: T + 2000, room: '7300000001' },
  ];
  await upsertOrders(db, exportOf(orders), { source: 'orders.csv', at: T + 5000 });
  return exportBackup(db);
}

type Json = {
  streams: { source: string }[];
  snapshots: { at: number }[];
  orderChunks: {
    ids: string[];
    carrier: string[];
    liveRoomId: string[];
    columns: Record<string, (number | null)[]>;
    region: { values: string[]; codes: number[] };
    product: { values: string[]; codes: number[] };
  }[];
};

const NOW = T + 86_400_000;

async function refused(change: (j: Json) => void): Promise<{ message: string; tables: number[] }> {
  const j = JSON.parse(await backupText()) as Json;
  change(j);
  const target = freshDb();
  const error = await restoreBackup(target, JSON.stringify(j), NOW).then(
    () => null,
    (e: Error) => e,
  );
  const tables = await Promise.all(target.tables.map((t) => t.count()));
  return { message: error?.message ?? 'restored', tables };
}

describe('a hostile backup', () => {
  it('restores as it is when every row is what an import keeps', async () => {
    const target = freshDb();
    expect(await restoreBackup(target, await backupText(), NOW)).toMatchObject({ orders: 3, streams: 1 });
  });

  it('is refused when a region holds a street address, naming table, row and field, and writes nothing', async () => {
    const r = await refused((j) => {
      j.orderChunks[0].region.values[1] = '88 Wensan Road, Hangzhou';
    });
    // Region value 1 is Zhejiang, first used by row 0; the address is never quoted back.
    expect(r.message).toBe(
      'restoreBackup: refused, nothing was restored: orderChunks[0] row 0, region: not a province or state on the allow-list (never a city, street or postcode)',
    );
    expect(r.tables.every((n) => n === 0)).toBe(true);
  });

  it('is refused for a phone number as an order id, a tracking number in the carrier, a long product, a bad room', async () => {
    const id = await refused((j) => {
      j.orderChunks[0].ids[2] = '13800138000';
    });
    expect(id.message).toContain('orderChunks[0] row 2, orderId: not an order id (16–24 digits)');
    const carrier = await refused((j) => {
      j.orderChunks[0].carrier[1] = 'SF Express SF1234567890';
    });
    expect(carrier.message).toContain('orderChunks[0] row 1, carrier: not a carrier name');
    const product = await refused((j) => {
      j.orderChunks[0].product.values[1] = 'x'.repeat(65);
    });
    expect(product.message).toContain('orderChunks[0] row 0, product: not a product name');
    const room = await refused((j) => {
      j.orderChunks[0].liveRoomId[2] = 'room 5';
    });
    expect(room.message).toContain('orderChunks[0] row 2, liveRoomId: not a room id');
    for (const r of [id, carrier, product, room]) expect(r.tables.every((n) => n === 0)).toBe(true);
  });

  it('is refused for an implausible time or an over-long stream source', async () => {
    const paid = await refused((j) => {
      j.orderChunks[0].columns.paidAt[1] = 0; // 1970
    });
    expect(paid.message).toContain('orderChunks[0] row 1, paidAt: not a plausible time');
    const reading = await refused((j) => {
      j.snapshots[1].at = NOW + 400 * 86_400_000; // 400 days ahead: more than a year
    });
    expect(reading.message).toContain('snapshots[1], at: not a plausible time');
    const source = await refused((j) => {
      j.streams[0].source = 's'.repeat(61);
    });
    expect(source.message).toMatch(/streams\[0\]\.source/);
  });
});
