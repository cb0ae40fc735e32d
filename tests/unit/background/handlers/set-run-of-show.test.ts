import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandler } from '../../../../background/handle-message';
import { parseMessage } from '../../../../core/contract';
import type { PlannedDrop } from '../../../../core/model/run-of-show';
import type { Estimate } from '../../../../core/outlook/estimate';
import { defaultSettings, type Settings } from '../../../../core/settings/settings';
import type { Sender } from '../../../../runtime/messaging';
import { readPlan } from '../../../../storage/run-of-show-store';
import { storeSnapshots } from '../../../../storage/snapshot-store';
import { EstimatorService } from '../../../../workers/estimator/estimator-service';
import { sh, snap } from '../../helpers';
import { freshDb } from '../../storage/history/helpers';
import { webPage } from './lifecycle-setup';

/** A stream first read at 20:00 (Shanghai) with 0 orders, 60 by 20:01; now is 20:02. */
const ROOM = 'demo:7301234567';
const START = sh('2026-12-05', '20:00');
const NOW = sh('2026-12-05', '20:02');
const MIN = 60_000;
const readings = [snap(0, START, 0, ROOM), snap(1, START + MIN, 60, ROOM)];
const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

type EstimateFn = (
  id: string,
  s: Settings,
  now: number,
  opts?: { drops?: readonly PlannedDrop[] },
) => Promise<Estimate | null>;

afterEach(() => fakeBrowser.reset());

async function setup(estimate?: EstimateFn) {
  const db = freshDb();
  await storeSnapshots(db, readings);
  const real = new EstimatorService(db);
  const estimator = { estimate: vi.fn<EstimateFn>(estimate ?? ((...args) => real.estimate(...args))) };
  const publish = vi.fn();
  const handle = createBackgroundHandler({
    db,
    estimator,
    loadSettings: async () => defaultSettings,
    saveSettings: async () => {},
    now: () => NOW,
    publish,
  });
  const send = async (raw: unknown, sender: Sender = popup) => {
    const msg = parseMessage('background', raw);
    if (!msg.ok) throw new Error(msg.error.message);
    return handle(msg.data, sender);
  };
  return { db, estimator, publish, send };
}

const setPlan = (drops: PlannedDrop[]) => ({ type: 'set-run-of-show', payload: { streamId: ROOM, drops } });
/** Waiting to ship an hour from now (receipt, pick & pack, ship & transport), as the popup's forecast line says. */
const waitingInAnHour = (e: Estimate) => {
  const b = e.backlogForecast[1];
  return b.receipt + b.pickPack + b.shipTransport;
};

describe('set-run-of-show', () => {
  it('stores the plan, and replies with the stream’s estimate on it, pushed to every face', async () => {
    const { estimator, publish, send } = await setup();
    const before = await send({ type: 'get-estimate', payload: { streamId: ROOM } });
    const drop = { at: NOW + 10 * MIN, orders: 2000 };
    const reply = await send(setPlan([drop]));
    expect(await readPlan(ROOM)).toEqual({ ok: true, data: [drop] });
    expect(estimator.estimate).toHaveBeenLastCalledWith(ROOM, defaultSettings, NOW, { drops: [drop] });
    if (!reply.ok || !before.ok) throw new Error('no estimate');
    const planned = reply.data as Estimate;
    expect(publish).toHaveBeenCalledWith(planned, undefined);
    // After 20:00 nothing ships until tomorrow's 11:00 pickup: every order waits. No planned drop has begun,
    // so the plan's level is 1 (core/model/run-of-show.ts: the stream's opening is not the plan's) and the drop
    // brings its 2,000, of which, by an hour from now (21:02, 50 minutes after the drop's 20:12, half-life
    // 20 min), 2,000 × (1 − 2^(−50/20)) = 2,000 × 0.8232 ≈ 1,646 wait on top of what the recent rate brings
    // (each minute's forecast is rounded to whole orders: a few either way).
    const extra = waitingInAnHour(planned) - waitingInAnHour(before.data as Estimate);
    expect(extra).toBeGreaterThanOrEqual(1636);
    expect(extra).toBeLessThanOrEqual(1656);
  });

  it('refuses a drop more than a day from the stream’s first reading, naming it, and keeps the plan', async () => {
    const { estimator, send } = await setup();
    const ok = { at: NOW + 10 * MIN, orders: 2000 };
    await send(setPlan([ok]));
    estimator.estimate.mockClear();
    const late = { at: START + 25 * 3_600_000, orders: 500 }; // 2026-12-06 21:00 Shanghai = 13:00 UTC
    const reply = await send(setPlan([ok, late]));
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'invalid-message',
        message:
          "set-run-of-show.drops[1].at: 2026-12-06T13:00:00.000Z (500 orders) is more than a day from the stream demo:7301234567's first reading at 2026-12-05T12:00:00.000Z",
      },
    });
    expect(await readPlan(ROOM)).toEqual({ ok: true, data: [ok] });
    expect(estimator.estimate).not.toHaveBeenCalled();
  });

  it('takes a plan for a stream with no reading yet, from now, and an empty plan removes it', async () => {
    const { send } = await setup(async () => null);
    const other = {
      type: 'set-run-of-show',
      payload: { streamId: 'demo:tonight', drops: [{ at: NOW + 3_600_000, orders: 100 }] },
    };
    expect(await send(other)).toEqual({ ok: true, data: null });
    expect(await readPlan('demo:tonight')).toEqual({ ok: true, data: [{ at: NOW + 3_600_000, orders: 100 }] });
    await send({ type: 'set-run-of-show', payload: { streamId: 'demo:tonight', drops: [] } });
    expect(await readPlan('demo:tonight')).toEqual({ ok: true, data: [] });
  });

  it('refuses a content script on a web page, and stores nothing', async () => {
    const { send } = await setup();
    const reply = await send(setPlan([{ at: NOW, orders: 5 }]), webPage);
    expect(reply.ok ? '' : reply.error.message).toContain("only LES Radar's own pages may send this message");
    expect(await readPlan(ROOM)).toEqual({ ok: true, data: [] });
  });

  it('gives every estimate the background asks for the same drops: refresh, popup, overlay, what-if', async () => {
    const { estimator, send } = await setup(async () => null);
    const drops = [{ at: NOW + 10 * MIN, orders: 2000 }];
    await send(setPlan(drops));
    await send({ type: 'snapshots', payload: { snapshots: [snap(2, NOW, 90, ROOM)] } }, webPage);
    await send({ type: 'get-estimate', payload: { streamId: ROOM } });
    await send({ type: 'get-overlay', payload: { streamId: ROOM } }, webPage);
    await send({ type: 'what-if', payload: { streamId: ROOM, packers: 1, extraPickups: 0 } });
    // set-run-of-show, the refresh after the snapshot, get-estimate (nothing stored), get-overlay, what-if.
    await vi.waitFor(() => expect(estimator.estimate).toHaveBeenCalledTimes(5));
    for (const call of estimator.estimate.mock.calls) expect(call[3]?.drops).toEqual(drops);
  });
});
