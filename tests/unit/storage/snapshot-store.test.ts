import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { computeEstimate } from '../../../core/outlook/estimate';
import { defaultSettings } from '../../../core/settings/settings';
import { RadarDb } from '../../../storage/db';
import { snapshotsAfter, storeManualCount, storeSnapshots, streamHead } from '../../../storage/snapshot-store';
import { EstimatorService } from '../../../workers/estimator/estimator-service';
import { sh, snap } from '../helpers';

const ROOM = 'demo:7301234567';
const T = sh('2026-11-25', '10:00');
/** Reading `seq` taken `seq` seconds after 10:00, the counter 1000 + 10 × seq. */
const r = (seq: number, streamId = ROOM) => snap(seq, T + seq * 1000, 1000 + 10 * seq, streamId);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => r(from + i));

let n = 0;
let db: RadarDb;
const freshDb = () => {
  db = new RadarDb(`snapshot-store-test-${++n}`);
  return db;
};
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('storeSnapshots', () => {
  it('stores a batch and writes the stream row in the same transaction', async () => {
    const db = freshDb();
    expect(await storeSnapshots(db, range(0, 2))).toEqual({ ackedSeq: 2, stored: 3 });
    expect(await db.snapshots.toArray()).toEqual(range(0, 2));
    expect(await db.streams.get(ROOM)).toEqual({
      streamId: ROOM,
      source: 'demo',
      firstSeq: 0,
      firstAt: T,
      lastAt: T + 2000, // reading 2 at 10:00:02
      snapshots: 3,
      firstPaidOrders: 1000,
      lastPaidOrders: 1020, // 1000 + 10 × 2
      lastSeq: 2,
    });
  });

  it('stores nothing when the same batch comes again, and keeps the first copy', async () => {
    const db = freshDb();
    await storeSnapshots(db, range(0, 2));
    const rowBefore = await db.streams.get(ROOM);
    const changed = range(0, 2).map((s) => ({ ...s, paidOrders: 9999 })); // a resend must not overwrite
    expect(await storeSnapshots(db, changed)).toEqual({ ackedSeq: 2, stored: 0 });
    expect(await db.snapshots.toArray()).toEqual(range(0, 2));
    expect(await db.streams.get(ROOM)).toEqual(rowBefore);
  });

  it('stores only the new part of an overlapping batch', async () => {
    const db = freshDb();
    await storeSnapshots(db, range(0, 4));
    expect(await storeSnapshots(db, range(3, 7))).toEqual({ ackedSeq: 7, stored: 3 }); // 5, 6, 7 are new
    expect(await db.snapshots.count()).toBe(8);
    const row = await db.streams.get(ROOM);
    expect(row).toMatchObject({ snapshots: 8, lastSeq: 7, firstAt: T, lastAt: T + 7000, lastPaidOrders: 1070 });
  });

  it('counts a seq repeated inside one batch once', async () => {
    const db = freshDb();
    expect(await storeSnapshots(db, [r(0), r(1), r(1), r(2)])).toEqual({ ackedSeq: 2, stored: 3 });
    expect((await db.streams.get(ROOM))?.snapshots).toBe(3);
  });

  it('keeps the newest seq as the stream head when an older batch arrives late', async () => {
    const db = freshDb();
    await storeSnapshots(db, range(5, 6));
    expect(await storeSnapshots(db, range(3, 4))).toEqual({ ackedSeq: 4, stored: 2 });
    const row = await db.streams.get(ROOM);
    // lastSeq and lastPaidOrders stay with seq 6 (1060); firstAt moves back to seq 3 (10:00:03).
    expect(row).toMatchObject({ snapshots: 4, lastSeq: 6, lastPaidOrders: 1060, firstAt: T + 3000, lastAt: T + 6000 });
  });

  // A late older batch moves the whole "first reading" back: firstAt and firstPaidOrders together.
  it('moves firstPaidOrders back with firstAt when an older batch arrives late', async () => {
    const db = freshDb();
    await storeSnapshots(db, range(5, 6));
    await storeSnapshots(db, range(3, 4));
    expect((await db.streams.get(ROOM))?.firstPaidOrders).toBe(1030); // seq 3: 1000 + 10 × 3
  });

  it('refuses a batch that mixes streams and stores none of it', async () => {
    const db = freshDb();
    await expect(storeSnapshots(db, [r(0), r(0, 'demo:2')])).rejects.toThrow('exactly one stream');
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.streams.count()).toBe(0);
  });
});

describe('two captures on one stream', () => {
  /** Reading `seq` by the capture named `capture`. */
  const by = (capture: string, seq: number, paid: number) => ({ ...r(seq), paidOrders: paid, capture });

  it('skips a resend of the same capture but refuses another capture’s seq and says where to continue', async () => {
    const db = freshDb();
    await storeSnapshots(db, [by('tab-a', 0, 100), by('tab-a', 1, 105)]);
    // Tab B started from the same head (seq 0) and sends 0, 1, 2: seq 0 clashes at once, nothing is stored.
    expect(await storeSnapshots(db, [by('tab-b', 0, 104), by('tab-b', 1, 106), by('tab-b', 2, 108)])).toEqual({
      ackedSeq: -1,
      stored: 0,
      renumberFrom: 2,
      headPaidOrders: 105, // tab A's count, which tab B's readings now go on from
    });
    // Renumbered from 2, its three readings land as seq 2, 3, 4 after tab A's two.
    expect(await storeSnapshots(db, [by('tab-b', 2, 104), by('tab-b', 3, 106), by('tab-b', 4, 108)])).toEqual({
      ackedSeq: 4,
      stored: 3,
    });
    // Tab A's resend of seq 1 is still a harmless duplicate.
    expect(await storeSnapshots(db, [by('tab-a', 1, 105)])).toEqual({ ackedSeq: 1, stored: 0 });
    const rows = await snapshotsAfter(db, ROOM, -1);
    expect(rows.map((s) => [s.seq, s.capture, s.paidOrders])).toEqual([
      [0, 'tab-a', 100],
      [1, 'tab-a', 105],
      [2, 'tab-b', 104],
      [3, 'tab-b', 106],
      [4, 'tab-b', 108],
    ]);
  });

  it('stores the part of a batch before the clash and acknowledges up to it', async () => {
    const db = freshDb();
    await storeSnapshots(db, [by('manual', 3, 150)]);
    // Seqs 1 and 2 are new; seq 3 is the typed count: 1–2 stored, ack 2, continue after 3.
    expect(await storeSnapshots(db, [by('tab', 1, 120), by('tab', 2, 130), by('tab', 3, 140)])).toEqual({
      ackedSeq: 2,
      stored: 2,
      renumberFrom: 4,
      headPaidOrders: 150, // the typed count at seq 3
    });
  });

  it('puts a typed count after everything recorded', async () => {
    const db = freshDb();
    await storeSnapshots(db, range(0, 2));
    expect(await storeManualCount(db, ROOM, T + 60_000, 2000)).toEqual({ seq: 3 });
    expect(await streamHead(db, ROOM)).toEqual({ lastSeq: 3, lastPaidOrders: 2000, feedOrders: 0 });
  });
});

describe('streamHead and snapshotsAfter', () => {
  it('gives nulls for an unknown stream and the highest stored seq and its count otherwise', async () => {
    const db = freshDb();
    expect(await streamHead(db, ROOM)).toEqual({ lastSeq: null, lastPaidOrders: null, feedOrders: 0 });
    await storeSnapshots(db, range(0, 4));
    // Seq 4 was read with the counter at 1000 + 10 × 4 = 1040.
    expect(await streamHead(db, ROOM)).toEqual({ lastSeq: 4, lastPaidOrders: 1040, feedOrders: 0 });
  });

  it('lists a stream’s readings above a seq in numeric seq order, without other streams', async () => {
    const db = freshDb();
    // Stored out of order, with seq 10 (which sorts before 2 as text) and a stream whose id extends ROOM.
    await storeSnapshots(db, [r(10), r(2), r(0), r(1)]);
    await storeSnapshots(db, [r(3, `${ROOM}9`)]);
    await storeSnapshots(db, [r(11, 'demo:1')]);
    expect((await snapshotsAfter(db, ROOM, -1)).map((s) => s.seq)).toEqual([0, 1, 2, 10]);
    expect((await snapshotsAfter(db, ROOM, 1)).map((s) => s.seq)).toEqual([2, 10]);
    expect(await snapshotsAfter(db, ROOM, 10)).toEqual([]);
  });
});

describe('EstimatorService', () => {
  // Counter 500 at 10:00:00, 560 at 10:00:30, 620 at 10:01, 800 at 10:02 (see arrivals.test.ts: 300 stream orders).
  const burst = [
    snap(0, T, 500),
    snap(1, T + 30_000, 560),
    snap(2, sh('2026-11-25', '10:01'), 620),
    snap(3, sh('2026-11-25', '10:02'), 800),
  ];
  const at1002 = sh('2026-11-25', '10:02');

  it('estimates from the stored snapshots exactly as the core model does, and keeps the estimate', async () => {
    const db = freshDb();
    await storeSnapshots(db, burst);
    const service = new EstimatorService(db);
    const e = await service.estimate(ROOM, defaultSettings, at1002);
    expect({ ...e, outlook: null }).toEqual(computeEstimate(burst, defaultSettings, at1002));
    expect(e?.streamOrders).toBe(300); // 800 − 500
    // The Monte Carlo outlook rides along: 200 samples by default, seeded by the stream.
    expect(e?.outlook?.samples).toBe(200);
    expect(await db.estimates.get(ROOM)).toEqual(e);
    // Within 5 s the outlook is reused, not recomputed: the same object comes back.
    const again = await service.estimate(ROOM, structuredClone(defaultSettings), at1002 + 1000);
    expect(again?.outlook).toBe(e?.outlook);
  });

  it('returns null and writes nothing for an unknown stream or before the first reading', async () => {
    const db = freshDb();
    await storeSnapshots(db, burst);
    const service = new EstimatorService(db);
    expect(await service.estimate('demo:404', defaultSettings, at1002)).toBeNull();
    expect(await service.estimate(ROOM, defaultSettings, T - 1)).toBeNull();
    expect(await db.estimates.count()).toBe(0);
  });

  it('picks up snapshots stored after its first read', async () => {
    const db = freshDb();
    await storeSnapshots(db, burst.slice(0, 3));
    const service = new EstimatorService(db);
    expect((await service.estimate(ROOM, defaultSettings, at1002))?.streamOrders).toBe(120); // 620 − 500
    await storeSnapshots(db, burst.slice(3));
    expect((await service.estimate(ROOM, defaultSettings, at1002))?.streamOrders).toBe(300); // 800 − 500
  });

  it('reads only the new snapshots after its first read', async () => {
    const db = freshDb();
    await storeSnapshots(db, burst.slice(0, 3));
    const service = new EstimatorService(db);
    await service.estimate(ROOM, defaultSettings, at1002);
    await db.snapshots.delete([ROOM, 0]); // had it re-read everything, the baseline would become 560
    await storeSnapshots(db, burst.slice(3));
    expect((await service.estimate(ROOM, defaultSettings, at1002))?.streamOrders).toBe(300); // still 800 − 500
  });
});
