import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteStream } from '../../../../storage/lifecycle/delete-stream';
import { readPlan, savePlan } from '../../../../storage/run-of-show-store';
import { freshDb } from '../history/helpers';
import { at, fillTwoStreams } from './filled';

const times = {
  old: at('2026-08-01T12:00:00Z'),
  recent: at('2026-12-01T12:00:00Z'),
  imports: [at('2026-12-02T00:00:00Z')],
  settings: [at('2026-07-01T00:00:00Z')],
  paid: [at('2026-12-01T12:30:00Z')],
};

describe('delete a stream', () => {
  it('removes all its rows in every table, and nothing of another stream or of the history', async () => {
    const db = freshDb();
    await fillTwoStreams(db, times);
    const removed = await deleteStream(db, 'demo:old');
    // 1 stream row, its 3 readings, 1 estimate, 1 report, the 2 feed order ids its count held.
    expect(removed).toEqual({ streams: 1, snapshots: 3, estimates: 1, reports: 1, feedOrders: 2, runOfShow: 0 });
    const ids = (rows: { streamId: string }[]) => [...new Set(rows.map((r) => r.streamId))];
    expect(ids(await db.streams.toArray())).toEqual(['demo:recent']);
    expect(ids(await db.snapshots.toArray())).toEqual(['demo:recent']);
    expect(ids(await db.estimates.toArray())).toEqual(['demo:recent']);
    expect(ids(await db.reports.toArray())).toEqual(['demo:recent']);
    expect(ids(await db.feedOrders.toArray())).toEqual(['demo:recent']);
    expect(await db.snapshots.count()).toBe(3);
    // The shop's history is not the stream's: its order, import record and settings version stay.
    expect(await db.orderIndex.count()).toBe(1);
    expect(await db.imports.count()).toBe(1);
    expect(await db.settingsHistory.count()).toBe(1);
  });

  it('removes its run-of-show, and no other stream’s', async () => {
    fakeBrowser.reset();
    const db = freshDb();
    await fillTwoStreams(db, times);
    await savePlan('demo:old', [{ at: times.old, orders: 2000 }], times.old);
    await savePlan('demo:recent', [{ at: times.recent, orders: 800 }], times.recent);
    expect((await deleteStream(db, 'demo:old')).runOfShow).toBe(1);
    expect(await readPlan('demo:old')).toEqual({ ok: true, data: [] });
    expect(await readPlan('demo:recent')).toEqual({ ok: true, data: [{ at: times.recent, orders: 800 }] });
  });

  it('deletes nothing for a stream it does not know', async () => {
    const db = freshDb();
    await fillTwoStreams(db, times);
    expect(await deleteStream(db, 'demo:none')).toEqual({
      streams: 0,
      snapshots: 0,
      estimates: 0,
      reports: 0,
      feedOrders: 0,
      runOfShow: 0,
    });
    expect(await db.snapshots.count()).toBe(6);
  });
});
