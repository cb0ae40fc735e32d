import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../../core/lib/time';
import { recordStageReading, stageReadingsBetween } from '../../../storage/stage-reading-store';
import { freshDb } from './history/helpers';

const T = Date.parse('2026-11-25T10:00:00+08:00');
const page = { origin: 'https://seller-us.tiktok.com', source: 'tiktok-orders' };

describe('the stage readings store: one row per change', () => {
  it('keeps a poll that reads the same counts as the last row’s until, and a changed count as a new row', async () => {
    const db = freshDb();
    expect(await recordStageReading(db, { ...page, at: T, counts: { pickPack: 500, shipTransport: 120 } })).toBe(true);
    expect(
      await recordStageReading(db, { ...page, at: T + MINUTE, counts: { pickPack: 500, shipTransport: 120 } }),
    ).toBe(false);
    expect(
      await recordStageReading(db, { ...page, at: T + 2 * MINUTE, counts: { pickPack: 500, shipTransport: 120 } }),
    ).toBe(false);
    expect(
      await recordStageReading(db, { ...page, at: T + 3 * MINUTE, counts: { pickPack: 480, shipTransport: 140 } }),
    ).toBe(true);
    const rows = await stageReadingsBetween(db, T, T + 10 * MINUTE);
    // Two rows: 500/120 from 10:00 until 10:02, then 480/140 from 10:03.
    expect(rows.map((r) => [r.at - T, r.until - T, r.counts.pickPack])).toEqual([
      [0, 2 * MINUTE, 500],
      [3 * MINUTE, 3 * MINUTE, 480],
    ]);
  });

  it('starts a new row after a gap of more than 5 minutes (nobody saw the counts in between)', async () => {
    const db = freshDb();
    await recordStageReading(db, { ...page, at: T, counts: { pickPack: 500 } });
    expect(await recordStageReading(db, { ...page, at: T + 6 * MINUTE, counts: { pickPack: 500 } })).toBe(true);
    expect(await db.stageReadings.count()).toBe(2);
  });

  it('keeps two pages apart: the same counts from another site are their own row', async () => {
    const db = freshDb();
    await recordStageReading(db, { ...page, at: T, counts: { pickPack: 500 } });
    await recordStageReading(db, {
      origin: 'https://erp.example.com',
      source: 'picked',
      at: T + MINUTE,
      counts: { pickPack: 500 },
    });
    expect(await db.stageReadings.count()).toBe(2);
  });

  it('drops readings older than two days as it writes', async () => {
    const db = freshDb();
    await recordStageReading(db, { ...page, at: T, counts: { pickPack: 1 } });
    await recordStageReading(db, { ...page, at: T + 49 * 60 * MINUTE, counts: { pickPack: 2 } });
    expect((await db.stageReadings.toArray()).map((r) => r.counts.pickPack)).toEqual([2]);
  });
});
