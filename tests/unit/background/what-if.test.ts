import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runWhatIf } from '../../../background/what-if';
import type { Estimate } from '../../../core/outlook/estimate';
import { defaultSettings, type Settings } from '../../../core/settings/settings';
import { RadarDb } from '../../../storage/db';
import { storeSnapshots } from '../../../storage/snapshot-store';
import { EstimatorService } from '../../../workers/estimator/estimator-service';
import { sh, snap } from '../helpers';

describe('what-if run in the background', () => {
  it('asks for the change on the saved settings, leaves them alone, and asks the estimator not to store it', async () => {
    const seen: { settings: Settings; opts: unknown }[] = [];
    const saved = structuredClone(defaultSettings);
    const deps = {
      estimator: {
        estimate: async (_id: string, settings: Settings, _now: number, opts?: object) => {
          seen.push({ settings, opts });
          return { streamId: 'demo:1' } as Estimate;
        },
      },
      loadSettings: async () => saved,
      now: () => 1000,
    };
    const r = await runWhatIf(deps, 'demo:1', { packers: 1, extraPickups: 1 });
    expect(r.ok).toBe(true);
    // The estimator applies the change itself (on the history's measured figures), and stores nothing; the
    // stream has no run-of-show, so no drops.
    expect(seen[0].opts).toEqual({ save: false, whatIf: { packers: 1, extraPickups: 1 }, drops: [] });
    expect(seen[0].settings).toEqual(defaultSettings);
    expect(saved).toEqual(defaultSettings);
  });

  it('reports a failed estimate', async () => {
    const deps = {
      estimator: {
        estimate: async (): Promise<Estimate | null> => {
          throw new Error('worker gone');
        },
      },
      loadSettings: async () => defaultSettings,
      now: () => 1000,
    };
    const r = await runWhatIf(deps, 'demo:1', { packers: -1, extraPickups: 0 });
    expect(r.ok ? null : r.error.code).toBe('estimator-failed');
  });

  it('leaves the stored estimate byte for byte as the live run wrote it', async () => {
    // 600 orders in the first minute of a stream at 10:00 (Shanghai), default settings: the live estimate
    // is stored; a what-if of two more packers and an extra pickup changes the figures it returns, not the store.
    const db = new RadarDb(`what-if-${Math.random()}`);
    const t0 = sh('2026-11-25', '10:00');
    await storeSnapshots(db, [snap(0, t0, 0), snap(1, t0 + 60_000, 600)]);
    const estimator = new EstimatorService(db);
    const now = t0 + 2 * 60_000;
    const live = await estimator.estimate('demo:7301234567', defaultSettings, now);
    const before = JSON.stringify(await db.estimates.get('demo:7301234567'));
    expect(JSON.parse(before)).toEqual(live);

    const deps = { estimator, loadSettings: async () => defaultSettings, now: () => now };
    const r = await runWhatIf(deps, 'demo:7301234567', { packers: 2, extraPickups: 1 });
    if (!r.ok || !r.data || !live) throw new Error('no what-if estimate');
    // The what-if's own figures differ (6 packers pack 150/h instead of 100/h): it really ran.
    expect(r.data.clearAt).not.toBe(live.clearAt);
    expect(JSON.stringify(await db.estimates.get('demo:7301234567'))).toBe(before);
  });
});
