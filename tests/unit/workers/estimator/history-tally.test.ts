import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyWhatIf } from '../../../../core/faces/what-if';
import { defaultSettings } from '../../../../core/settings/settings';
import { RadarDb } from '../../../../storage/db';
import { syntheticExport } from '../../../../storage/history/synthetic';
import { upsertOrders } from '../../../../storage/history-store';
import { HistoryTallies, historyKeyOf } from '../../../../workers/estimator/history-tally';
import { settingsWith } from '../../helpers';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 6, 1);

/** 3,000 generated orders (storage/history/synthetic.ts): paid about 10 s apart from 1 July, over about 8 hours. */
async function storedHistory(): Promise<RadarDb> {
  const db = new RadarDb(`history-tally-${Math.random()}`);
  await upsertOrders(db, syntheticExport(3000, { start: START }), { source: 'orders.csv' });
  return db;
}

describe('the history tally the estimator keeps', () => {
  it('keys on the settings the history reads: a what-if step reuses the tally, another promise does not', () => {
    const saved = defaultSettings;
    expect(historyKeyOf(applyWhatIf(saved, { packers: 2, extraPickups: 1 }))).toBe(historyKeyOf(saved));
    const sameDay = settingsWith((s) => {
      s.promise = { type: 'same-day', cutoff: '16:00' };
    });
    expect(historyKeyOf(sameDay)).not.toBe(historyKeyOf(saved));
  });

  it('answers a what-if with the live tally itself, and with the same carriers', async () => {
    const tallies = new HistoryTallies(await storedHistory());
    const now = START + 6 * HOUR;
    const live = await tallies.at(defaultSettings, now, now);
    const step = await tallies.at(applyWhatIf(defaultSettings, { packers: 1, extraPickups: 2 }), now, now);
    expect(step).toBe(live);
    // Scored without a pickup schedule: no punctuality figure, whatever the what-if's pickups.
    expect(live.carriers.every((c) => c.pickupPunctuality === null && c.firstPickupShare === null)).toBe(true);
  });

  it('gives, hours later from the window it keeps, what a fresh load gives, though orders paid after its load were stored', async () => {
    const db = await storedHistory();
    const kept = new HistoryTallies(db);
    // At 03:00 about a third of the orders are paid; by 06:00 about three quarters (10 s apart: 1,080 then 2,160).
    await kept.at(defaultSettings, START + 3 * HOUR, START + 3 * HOUR);
    const later = await kept.at(defaultSettings, START + 6 * HOUR, START + 6 * HOUR);
    const fresh = await new HistoryTallies(db).at(defaultSettings, START + 6 * HOUR, START + 6 * HOUR);
    expect(later).toEqual(fresh);
    expect(later.tally.validOrders).toBeGreaterThan(1500);
  });

  it('reads the store again after an import', async () => {
    const db = await storedHistory();
    const tallies = new HistoryTallies(db);
    const now = START + 30 * HOUR;
    const before = await tallies.at(defaultSettings, now, now);
    await upsertOrders(db, syntheticExport(500, { start: START + 20 * HOUR, idPrefix: '6918000' }), {
      source: 'more.csv',
    });
    const after = await tallies.at(defaultSettings, now, now);
    expect(after.tally.validOrders).toBeGreaterThan(before.tally.validOrders);
  });
});
