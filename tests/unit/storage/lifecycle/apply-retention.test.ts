import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyRetention, newestStored } from '../../../../storage/lifecycle/apply-retention';
import { readPlan, savePlan } from '../../../../storage/run-of-show-store';
import { freshDb } from '../history/helpers';
import { at, fillTwoStreams } from './filled';

/**
 * A stream that ended on 2026-08-01 and one on 2026-12-01; files imported on 2026-05-01 and 2026-12-02
 * (their orders paid 2026-04-30 and 2026-12-01); settings saved on 2026-03-01, 2026-06-01 and 2026-10-01.
 * The newest stored event is the order paid 2026-12-01 12:30 (the import after it is LES Radar's own stamp).
 */
const times = {
  old: at('2026-08-01T12:00:00Z'),
  recent: at('2026-12-01T12:00:00Z'),
  imports: [at('2026-05-01T00:00:00Z'), at('2026-12-02T00:00:00Z')],
  paid: [at('2026-04-30T08:00:00Z'), at('2026-12-01T12:30:00Z')],
  settings: [at('2026-03-01T00:00:00Z'), at('2026-06-01T00:00:00Z'), at('2026-10-01T00:00:00Z')],
};

async function filled() {
  const db = freshDb();
  await fillTwoStreams(db, times);
  return db;
}

describe('retention over every table', () => {
  it('removes what is older than the window: the old stream with all its rows, its import, its order, old settings', async () => {
    const db = await filled();
    expect(await newestStored(db)).toBe(at('2026-12-01T12:30:00Z'));
    // now 2026-12-05: min(now, 12-01 12:30 + 7 d) = now; Dec 5 back to Aug 5 is 30 + 31 + 30 + 31 = 122 days, so
    // 120 days back is 2026-08-07.
    const run = await applyRetention(db, at('2026-12-05T00:00:00Z'), 120);
    expect(run.cutoff).toBe(at('2026-08-07T00:00:00Z'));
    expect(run.streams).toEqual({ streams: 1, snapshots: 3, estimates: 1, reports: 1, feedOrders: 2 });
    expect(await db.streams.toCollection().primaryKeys()).toEqual(['demo:recent']);
    expect(await db.snapshots.count()).toBe(3);
    expect(await db.feedOrders.count()).toBe(2);
    expect((await db.imports.toArray()).map((r) => r.name)).toEqual(['export-1.csv']);
    expect(run.orders).toBe(1); // the one paid 2026-04-30
    expect(await db.orderChunks.count()).toBe(1);
    // Saved 03-01 goes; 06-01 was in force at the cut-off and stays; 10-01 is inside the window.
    expect(run.settingsVersions).toBe(1);
    expect((await db.settingsHistory.toArray()).map((v) => v.settings.retentionDays)).toEqual([121, 122]);
  });

  it('with the clock set six months ahead, deletes what it would have at the newest event, nothing more', async () => {
    const db = await filled();
    // An import made with that clock stamps its record 2027-06-01: LES Radar's stamp, not an event.
    await db.imports.add({
      name: 'late.csv',
      format: 'douyin',
      rows: 0,
      added: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      at: at('2027-06-01T00:00:00Z'),
    });
    // now 2027-06-01, a naive cut-off (now − 120 d = 2027-02-01) would delete everything. Here:
    // min(2027-06-01, 2026-12-01 12:30 + 7 d = 2026-12-08 12:30) − 120 d = 2026-08-10 12:30
    // (Dec 8 back to Aug 8 is 31 + 30 + 31 + 30 = 122 days).
    const run = await applyRetention(db, at('2027-06-01T00:00:00Z'), 120);
    expect(run.cutoff).toBe(at('2026-08-10T12:30:00Z'));
    expect(await db.streams.toCollection().primaryKeys()).toEqual(['demo:recent']);
    expect(await db.orderIndex.count()).toBe(1);
    expect(await db.imports.count()).toBe(2); // the 2026-12-02 import and the one stamped ahead
    expect(await db.settingsHistory.count()).toBe(2);
  });

  it('run again, removes nothing more; on an empty database, nothing at all', async () => {
    const db = await filled();
    await applyRetention(db, at('2026-12-05T00:00:00Z'), 120);
    const again = await applyRetention(db, at('2026-12-05T00:00:00Z'), 120);
    expect(again.streams.streams + again.imports + again.settingsVersions + again.orders).toBe(0);
    const empty = await applyRetention(freshDb(), at('2026-12-05T00:00:00Z'), 120);
    expect(empty.cutoff).toBeNull();
  });

  it('drops an estimate left behind by a stream that is gone', async () => {
    const db = await filled();
    const stray = { ...(await db.estimates.get('demo:recent')), streamId: 'demo:gone' };
    await db.estimates.put(stray as never);
    const run = await applyRetention(db, at('2026-12-05T00:00:00Z'), 120);
    // The old stream's estimate and the stray one.
    expect(run.streams.estimates).toBe(2);
    expect(await db.estimates.toCollection().primaryKeys()).toEqual(['demo:recent']);
  });

  it('drops the run-of-show of an expired stream, and an old one of a stream never recorded', async () => {
    fakeBrowser.reset();
    const db = await filled();
    const drop = [{ at: times.old, orders: 500 }];
    await savePlan('demo:old', drop, times.old);
    await savePlan('demo:recent', [{ at: times.recent, orders: 900 }], times.recent);
    // Saved before the cut-off (2026-08-07) for a stream with no reading: goes. Saved after it: may still start.
    await savePlan('demo:never', drop, at('2026-08-01T00:00:00Z'));
    await savePlan('demo:tonight', drop, at('2026-12-04T00:00:00Z'));
    const run = await applyRetention(db, at('2026-12-05T00:00:00Z'), 120);
    expect(run.plans).toBe(2);
    for (const [id, n] of [
      ['demo:old', 0],
      ['demo:never', 0],
      ['demo:recent', 1],
      ['demo:tonight', 1],
    ] as const) {
      const plan = await readPlan(id);
      expect(plan.ok && plan.data.length, id).toBe(n);
    }
  });
});
