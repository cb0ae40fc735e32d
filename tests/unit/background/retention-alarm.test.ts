import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETENTION_ALARM, runRetention, scheduleRetention } from '../../../background/retention-alarm';
import { defaultSettings } from '../../../core/settings/settings';
import { storeSnapshots } from '../../../storage/snapshot-store';
import { snap } from '../helpers';
import { freshDb } from '../storage/history/helpers';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-05T10:00:00Z');

afterEach(() => fakeBrowser.reset());

describe('the daily retention alarm', () => {
  it('is set once, daily, and each firing removes what is older than the window', async () => {
    const db = freshDb();
    // A stream that ended 200 days ago and one today; the settings keep 120 days.
    await storeSnapshots(db, [snap(0, NOW - 200 * DAY, 5, 'demo:old')]);
    await storeSnapshots(db, [snap(0, NOW, 5, 'demo:new')]);
    const deps = { db, loadSettings: async () => defaultSettings, now: () => NOW };
    scheduleRetention(deps);
    await new Promise((r) => setTimeout(r, 0));
    scheduleRetention(deps); // a restarted worker: the alarm is not set twice
    await new Promise((r) => setTimeout(r, 0));
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.periodInMinutes])).toEqual([[RETENTION_ALARM, 24 * 60]]);

    const run = await runRetention(deps);
    expect(run.cutoff).toBe(NOW - 120 * DAY);
    expect(await db.streams.toCollection().primaryKeys()).toEqual(['demo:new']);
  });
});
