import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '../../../../core/outlook/estimate';
import { defaultSettings } from '../../../../core/settings/settings';
import { listStreamReports, loadStreamReport, saveStreamReport } from '../../../../storage/report-store';
import { settingsAt, settingsVersions } from '../../../../storage/settings-history';
import { loadSettings, saveSettings } from '../../../../storage/settings-store';
import { snap } from '../../helpers';
import { freshDb, T } from './helpers';

describe('settings history', () => {
  it('keeps each saved version with when it was saved; saving an unchanged form adds none', async () => {
    const db = freshDb();
    const longer = { ...defaultSettings, retentionDays: 180 };
    await saveSettings(defaultSettings, { db, now: () => T });
    await saveSettings(defaultSettings, { db, now: () => T + 1000 }); // the same again
    await saveSettings(longer, { db, now: () => T + 2000 });
    expect(await loadSettings()).toEqual(longer);
    const versions = await settingsVersions(db);
    expect(versions.map((v) => [v.savedAt, v.settings.retentionDays])).toEqual([
      [T, 120],
      [T + 2000, 180],
    ]);
    // What held at a moment: the last version saved at or before it.
    expect((await settingsAt(db, T + 1999))?.settings.retentionDays).toBe(120);
    expect((await settingsAt(db, T + 2000))?.settings.retentionDays).toBe(180);
    expect(await settingsAt(db, T - 1)).toBeUndefined();
  });
});

describe('stream reports', () => {
  const readings = [snap(0, T, 500), snap(1, T + 60_000, 560)];
  const estimate = computeEstimate(readings, defaultSettings, T + 60_000);
  const report = {
    streamId: estimate.streamId,
    createdAt: T + 120_000,
    estimate,
    actuals: { orders: 60, shipped: 58, late: 2, cancelled: 1, matchedBy: 'time' as const },
  };

  it('stores one final report per stream and reads it back, newest first in the list', async () => {
    const db = freshDb();
    await saveStreamReport(db, report);
    await saveStreamReport(db, { streamId: 'demo:2', createdAt: T + 999_000, estimate: null, actuals: null });
    expect(await loadStreamReport(db, estimate.streamId)).toEqual(report);
    expect(await loadStreamReport(db, 'demo:none')).toBeUndefined();
    expect((await listStreamReports(db)).map((r) => r.streamId)).toEqual(['demo:2', estimate.streamId]);
    // Saving again replaces: still one report for the stream.
    await saveStreamReport(db, { ...report, actuals: { ...report.actuals, late: 3 } });
    expect(await db.reports.count()).toBe(2);
    expect((await loadStreamReport(db, estimate.streamId))?.actuals?.late).toBe(3);
  });

  it('refuses a report of the wrong shape, naming the field, and stores nothing', async () => {
    const db = freshDb();
    const bad = { ...report, actuals: { ...report.actuals, shipped: 2.5 } };
    await expect(saveStreamReport(db, bad)).rejects.toThrow(
      /saveStreamReport: not a valid stream report: actuals\.shipped/,
    );
    expect(await db.reports.count()).toBe(0);
  });
});
