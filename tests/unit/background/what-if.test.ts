import { describe, expect, it } from 'vitest';
import { runWhatIf } from '../../../background/what-if';
import type { Estimate } from '../../../core/outlook/estimate';
import { defaultSettings, type Settings } from '../../../core/settings/settings';

describe('what-if run in the background', () => {
  it('estimates on changed settings, leaves the saved ones alone, then restores the real estimate', async () => {
    const seen: Settings[] = [];
    const restored: string[] = [];
    const saved = structuredClone(defaultSettings);
    const deps = {
      estimator: {
        estimate: async (_id: string, s: Settings) => {
          seen.push(s);
          return { streamId: 'demo:1' } as Estimate;
        },
      },
      loadSettings: async () => saved,
      now: () => 1000,
    };
    const r = await runWhatIf(deps, 'demo:1', { packers: 1, extraPickups: 1 }, (id) => restored.push(id));
    expect(r.ok).toBe(true);
    // 4 packers + 1 = 5; pickups 11:00, 17:00 and the extra one at 17:00 + 3 h = 20:00
    expect(seen[0].stages.pickPack.shifts[0].packers).toBe(5);
    expect(seen[0].stages.ship.pickups.map((p) => p.time)).toEqual(['11:00', '17:00', '20:00']);
    expect(saved).toEqual(defaultSettings);
    expect(restored).toEqual(['demo:1']);
  });

  it('reports a failed estimate and still restores', async () => {
    const restored: string[] = [];
    const deps = {
      estimator: {
        estimate: async (): Promise<Estimate | null> => {
          throw new Error('worker gone');
        },
      },
      loadSettings: async () => defaultSettings,
      now: () => 1000,
    };
    const r = await runWhatIf(deps, 'demo:1', { packers: -1, extraPickups: 0 }, (id) => restored.push(id));
    expect(r.ok ? null : r.error.code).toBe('estimator-failed');
    expect(restored).toEqual(['demo:1']);
  });
});
