import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_DROPS } from '../../../core/contract/run-of-show';
import { readPlan, removePlans, savePlan } from '../../../storage/run-of-show-store';
import { readStored } from '../../../storage/stored';
import { MAX_PLANNED_STREAMS, runOfShowKey } from '../../../storage/stored-keys';
import { sh } from '../helpers';

const T = sh('2026-12-05', '20:00');
const MIN = 60_000;

describe('the run-of-show store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads no drops for a stream without a plan, and the saved drops in time order', async () => {
    expect(await readPlan('demo:a')).toEqual({ ok: true, data: [] });
    await savePlan(
      'demo:a',
      [
        { at: T + 40 * MIN, orders: 800 },
        { at: T + 10 * MIN, orders: 2000 },
      ],
      T,
    );
    expect(await readPlan('demo:a')).toEqual({
      ok: true,
      data: [
        { at: T + 10 * MIN, orders: 2000 },
        { at: T + 40 * MIN, orders: 800 },
      ],
    });
    // Under its one key of the registry, with when it was saved.
    expect(await fakeBrowser.storage.local.get('run-of-show')).toEqual({
      'run-of-show': {
        'demo:a': {
          savedAt: T,
          drops: [
            { at: T + 10 * MIN, orders: 2000 },
            { at: T + 40 * MIN, orders: 800 },
          ],
        },
      },
    });
  });

  it('forgets a stream’s plan when it is saved empty, and leaves the others', async () => {
    await savePlan('demo:a', [{ at: T, orders: 100 }], T);
    await savePlan('demo:b', [{ at: T, orders: 200 }], T + MIN);
    await savePlan('demo:a', [], T + 2 * MIN);
    expect(await readPlan('demo:a')).toEqual({ ok: true, data: [] });
    expect(await readPlan('demo:b')).toEqual({ ok: true, data: [{ at: T, orders: 200 }] });
  });

  it(`keeps the plans of ${MAX_PLANNED_STREAMS} streams: the one saved longest ago goes first`, async () => {
    // demo:0 saved first … demo:20 last: 21 plans, one too many, so demo:0 goes.
    for (let i = 0; i <= MAX_PLANNED_STREAMS; i++) await savePlan(`demo:${i}`, [{ at: T, orders: i }], T + i * MIN);
    const stored = await readStored(runOfShowKey);
    const ids = Object.keys(stored.ok ? (stored.data ?? {}) : {});
    expect(ids).toHaveLength(MAX_PLANNED_STREAMS);
    expect(ids).not.toContain('demo:0');
    expect(ids).toContain('demo:1');
    expect(ids).toContain(`demo:${MAX_PLANNED_STREAMS}`);
  });

  it('names the stream and the field when the stored record fails its check', async () => {
    await fakeBrowser.storage.local.set({
      'run-of-show': { 'demo:a': { savedAt: T, drops: [{ at: T, orders: -5 }] } },
    });
    const r = await readPlan('demo:a');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^local:run-of-show: .*demo:a.*drops.*orders/s);
  });

  it(`refuses more than ${MAX_DROPS} drops for one stream, or more than ${MAX_PLANNED_STREAMS} streams, as read back`, async () => {
    const drops = Array.from({ length: MAX_DROPS + 1 }, (_, i) => ({ at: T + i * MIN, orders: 10 }));
    await fakeBrowser.storage.local.set({ 'run-of-show': { 'demo:a': { savedAt: T, drops } } });
    expect((await readPlan('demo:a')).ok).toBe(false);
    const many = Object.fromEntries(
      Array.from({ length: MAX_PLANNED_STREAMS + 1 }, (_, i) => [`demo:${i}`, { savedAt: T, drops: [] }]),
    );
    await fakeBrowser.storage.local.set({ 'run-of-show': many });
    const r = await readPlan('demo:0');
    expect(r.ok ? '' : r.error.message).toContain(`at most ${MAX_PLANNED_STREAMS} streams`);
  });

  it('replaces a record that fails its check when the seller saves a new plan', async () => {
    await fakeBrowser.storage.local.set({ 'run-of-show': { 'demo:a': 'garbage' } });
    await savePlan('demo:b', [{ at: T, orders: 300 }], T);
    expect(await readPlan('demo:b')).toEqual({ ok: true, data: [{ at: T, orders: 300 }] });
    expect(await readPlan('demo:a')).toEqual({ ok: true, data: [] });
  });

  it('removes the plans picked by stream and age, even from a record that fails its check', async () => {
    await fakeBrowser.storage.local.set({
      'run-of-show': { 'demo:a': { savedAt: T, drops: [] }, 'demo:b': 'garbage', 'demo:c': { savedAt: T, drops: [] } },
    });
    // An entry whose saving time cannot be read counts as saved long ago.
    expect(await removePlans((id, savedAt) => id === 'demo:a' || savedAt < T)).toBe(2);
    expect(await fakeBrowser.storage.local.get('run-of-show')).toEqual({
      'run-of-show': { 'demo:c': { savedAt: T, drops: [] } },
    });
    expect(await removePlans(() => false)).toBe(0);
  });
});
