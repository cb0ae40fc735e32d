import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandler } from '../../../background/handle-message';
import { parseMessage, parseReply } from '../../../core/contract';
import { computeEstimate, type Estimate } from '../../../core/outlook/estimate';
import { defaultSettings, type Settings } from '../../../core/settings/settings';
import type { Sender } from '../../../runtime/messaging';
import { RadarDb } from '../../../storage/db';
import { storeSnapshots } from '../../../storage/snapshot-store';
import { sh, snap } from '../helpers';

const ROOM = 'demo:7301234567';
const NOW = sh('2026-11-25', '10:02');
const burst = [snap(0, sh('2026-11-25', '10:00'), 500), snap(1, sh('2026-11-25', '10:01'), 620), snap(2, NOW, 800)];
const estimateOf = (streamId: string): Estimate => ({ ...computeEstimate(burst, defaultSettings, NOW), streamId });

/** Senders as Chrome names them: the popup, and the capture content script on a Douyin anchor screen. */
const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const anchorScreen = {
  id: fakeBrowser.runtime.id,
  url: 'https://compass.jinritemai.com/screen/anchor/shop?live_room_id=7301234567890123456',
  tab: { id: 3 },
};

let n = 0;
let db: RadarDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** A handler on a fresh database with a fake estimator that returns a canned estimate for any stream. */
function setup(
  estimate: (streamId: string, settings: Settings, now: number) => Promise<Estimate | null> = async (id) =>
    estimateOf(id),
) {
  db = new RadarDb(`background-handler-test-${++n}`);
  let settings: Settings = defaultSettings;
  const estimator = { estimate: vi.fn(estimate) };
  const publish = vi.fn();
  const handle = createBackgroundHandler({
    db,
    estimator,
    loadSettings: async () => settings,
    saveSettings: async (next: Settings) => {
      settings = next;
    },
    now: () => NOW,
    publish,
  });
  /** Validates a raw message as the listener does, then hands it to the handler. */
  const send = async (raw: unknown, sender: Sender = popup) => {
    const msg = parseMessage('background', raw);
    if (!msg.ok) throw new Error(msg.error.message);
    return handle(msg.data, sender);
  };
  return { db, estimator, publish, send };
}

describe('background handler: snapshots', () => {
  it('acknowledges the highest seq once the batch is stored, then estimates for the sending tab', async () => {
    const { db, publish, send } = setup();
    const reply = await send(
      { type: 'snapshots', payload: { snapshots: [burst[2], burst[0], burst[1]] } },
      { ...anchorScreen, tab: { id: 7 } },
    );
    expect(reply).toEqual({ ok: true, data: { ackedSeq: 2, stored: 3 } });
    // Already durable when the acknowledgement resolves:
    expect(await db.snapshots.get([ROOM, 2])).toEqual(burst[2]);
    expect((await db.streams.get(ROOM))?.lastSeq).toBe(2);
    await vi.waitFor(() => expect(publish).toHaveBeenCalledWith(estimateOf(ROOM), 7));
  });

  it('acknowledges a resent batch without storing it twice', async () => {
    const { send } = setup();
    await send({ type: 'snapshots', payload: { snapshots: burst } });
    expect(await send({ type: 'snapshots', payload: { snapshots: burst } })).toEqual({
      ok: true,
      data: { ackedSeq: 2, stored: 0 },
    });
  });

  it('answers storage-failed when the database cannot be written, and estimates nothing', async () => {
    const { db, estimator, send } = setup();
    db.close();
    const reply = await send({ type: 'snapshots', payload: { snapshots: burst } });
    expect(reply).toEqual({ ok: false, error: { code: 'storage-failed', message: expect.stringContaining('closed') } });
    expect(estimator.estimate).not.toHaveBeenCalled();
  });
});

describe('background handler: an order feed’s memory', () => {
  const FEED = 'douyin:7301234567890123456';
  const feedSnap = (seq: number, paidOrders: number) => ({
    streamId: FEED,
    seq,
    at: NOW + seq * 1000,
    paidOrders,
    source: 'douyin/network-events',
    capture: 'tab-1',
  });

  it('stores the order ids with the snapshot that counted them, and answers which of a window it holds', async () => {
    const { send } = setup();
    const stored = await send({
      type: 'snapshots',
      payload: { snapshots: [feedSnap(0, 2)], feedOrders: [{ seq: 0, orderIds: ['6917001', '6917002'] }] },
    });
    expect(stored).toEqual({ ok: true, data: { ackedSeq: 0, stored: 1 } });
    // A reloaded tab's first window: two counted before, one new.
    expect(
      await send({ type: 'feed-known', payload: { streamId: FEED, orderIds: ['6917003', '6917002', '6917001'] } }),
    ).toEqual({ ok: true, data: { known: ['6917002', '6917001'] } });
    expect(await send({ type: 'stream-head', payload: { streamId: FEED } })).toEqual({
      ok: true,
      data: { lastSeq: 0, lastPaidOrders: 2, feedOrders: 2 },
    });
  });

  it('refuses order ids for a seq the batch does not hold, or ids that are not digits, storing nothing', async () => {
    const { db } = setup();
    const wrongSeq = parseMessage('background', {
      type: 'snapshots',
      payload: { snapshots: [feedSnap(0, 1)], feedOrders: [{ seq: 5, orderIds: ['6917001'] }] },
    });
    expect(wrongSeq.ok ? null : wrongSeq.error.message).toContain(
      'feedOrders: each seq is one of the batch’s snapshots',
    );
    const named = parseMessage('background', {
      type: 'snapshots',
      payload: { snapshots: [feedSnap(0, 1)], feedOrders: [{ seq: 0, orderIds: ['用户****88'] }] },
    });
    expect(named.ok ? null : named.error.message).toContain('feedOrders[0].orderIds[0]');
    expect(parseMessage('background', { type: 'feed-known', payload: { streamId: FEED, orderIds: [] } }).ok).toBe(
      false,
    );
    expect(await db.feedOrders.count()).toBe(0);
  });

  it('answers storage-failed when the database cannot be read', async () => {
    const { db, send } = setup();
    db.close();
    expect(await send({ type: 'feed-known', payload: { streamId: FEED, orderIds: ['6917001'] } })).toEqual({
      ok: false,
      error: { code: 'storage-failed', message: expect.stringContaining('closed') },
    });
  });
});

describe('background handler: stream-head', () => {
  it('answers null for a new stream and the last stored seq for a known one', async () => {
    const { db, send } = setup();
    expect(await send({ type: 'stream-head', payload: { streamId: ROOM } })).toEqual({
      ok: true,
      data: { lastSeq: null, lastPaidOrders: null, feedOrders: 0 },
    });
    await storeSnapshots(db, burst);
    expect(await send({ type: 'stream-head', payload: { streamId: ROOM } })).toEqual({
      ok: true,
      data: { lastSeq: 2, lastPaidOrders: 800, feedOrders: 0 },
    });
  });

  it('stores a typed count after the recorded ones and estimates again', async () => {
    const { db, send, estimator } = setup();
    await storeSnapshots(db, burst);
    expect(await send({ type: 'manual-count', payload: { streamId: ROOM, paidOrders: 950 } })).toEqual({
      ok: true,
      data: { seq: 3 },
    });
    expect((await db.snapshots.get([ROOM, 3]))?.source).toBe('manual');
    await vi.waitFor(() =>
      expect(estimator.estimate).toHaveBeenCalledWith(ROOM, expect.anything(), NOW, { drops: [] }),
    );
  });

  it('takes a typed count’s time only within the stream: from its first snapshot to a minute from now', async () => {
    const { db, send } = setup();
    await storeSnapshots(db, burst); // 10:00, 10:01, 10:02 (now)
    const typed = (at: number) => send({ type: 'manual-count', payload: { streamId: ROOM, paidOrders: 950, at } });
    // 09:59, before the first snapshot at 10:00; 10:04, two minutes after now: refused, nothing stored.
    expect(await typed(sh('2026-11-25', '09:59'))).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-message',
        message: expect.stringMatching(/^manual-count\.at: .* is outside the stream demo:7301234567/),
      },
    });
    expect(await typed(sh('2026-11-25', '10:04'))).toMatchObject({ ok: false });
    expect(await db.snapshots.count()).toBe(3);
    // 10:01:30 and now + 1 minute are within it.
    expect(await typed(sh('2026-11-25', '10:01') + 30_000)).toEqual({ ok: true, data: { seq: 3 } });
    expect(await typed(NOW + 60_000)).toEqual({ ok: true, data: { seq: 4 } });
  });
});

describe('the sender chokepoint', () => {
  it('runs no handler for a content script on a page it does not capture, nor for an erase from a web page', async () => {
    const { db, send } = setup();
    const elsewhere = { id: fakeBrowser.runtime.id, url: 'https://shop.example/orders', tab: { id: 4 } };
    expect(await send({ type: 'snapshots', payload: { snapshots: burst } }, elsewhere)).toEqual({
      ok: false,
      error: {
        code: 'invalid-message',
        message: 'snapshots: LES Radar does not capture on https://shop.example/orders',
      },
    });
    expect(await send({ type: 'manual-count', payload: { streamId: ROOM, paidOrders: 9 } }, anchorScreen)).toEqual({
      ok: false,
      error: { code: 'invalid-message', message: "manual-count: only LES Radar's own pages may send this message" },
    });
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('capture settings', () => {
  const binding = (origin: string, label: string) => ({
    origin,
    label,
    path: 'main > div:nth-of-type(2) > span',
    id: null,
    sample: '1,234',
    pickedAt: NOW,
  });

  it('saves one picked number per site and answers it with the kill switch', async () => {
    const { send } = setup();
    await send({ type: 'save-binding', payload: { binding: binding('https://a.example', 'Orders') } });
    await send({ type: 'save-binding', payload: { binding: binding('https://b.example', 'Sold') } });
    // A second pick on a.example replaces the first: two sites, two bindings.
    expect(await send({ type: 'save-binding', payload: { binding: binding('https://a.example', 'Paid') } })).toEqual({
      ok: true,
      data: { saved: 2 },
    });
    const reply = await send({ type: 'capture-config', payload: { adapter: 'picked', origin: 'https://a.example' } });
    expect(reply).toEqual({ ok: true, data: { disabled: false, bindings: [binding('https://a.example', 'Paid')] } });
  });
});

describe('background handler: get-estimate', () => {
  it('answers null without asking the estimator when no stream is recorded', async () => {
    const { estimator, send } = setup();
    expect(await send({ type: 'get-estimate', payload: {} })).toEqual({ ok: true, data: null });
    expect(estimator.estimate).not.toHaveBeenCalled();
  });

  it('picks the stream with the latest reading when no id is given', async () => {
    const { db, estimator, send } = setup();
    await storeSnapshots(db, [snap(0, sh('2026-11-25', '10:05'), 10, 'demo:recent')]);
    await storeSnapshots(db, [snap(0, sh('2026-11-25', '09:00'), 10, 'demo:older')]); // stored last, but older
    expect(await send({ type: 'get-estimate', payload: {} })).toEqual({ ok: true, data: estimateOf('demo:recent') });
    expect(estimator.estimate).toHaveBeenCalledWith('demo:recent', defaultSettings, NOW, { drops: [] });
  });

  it('uses the given stream id', async () => {
    const { db, estimator, send } = setup();
    await storeSnapshots(db, [snap(0, sh('2026-11-25', '10:05'), 10, 'demo:recent')]);
    await send({ type: 'get-estimate', payload: { streamId: 'demo:older' } });
    expect(estimator.estimate).toHaveBeenCalledWith('demo:older', defaultSettings, NOW, { drops: [] });
  });

  it('answers the stored estimate at once, then pushes a fresh one', async () => {
    const { db, estimator, publish, send } = setup();
    await storeSnapshots(
      db,
      burst.map((s) => ({ ...s, streamId: ROOM })),
    );
    const stored = { ...estimateOf(ROOM), at: NOW - 60_000 };
    await db.estimates.put(stored);
    expect(await send({ type: 'get-estimate', payload: {} })).toEqual({ ok: true, data: stored });
    await vi.waitFor(() => expect(publish).toHaveBeenCalledWith(estimateOf(ROOM), undefined));
    expect(estimator.estimate).toHaveBeenCalledWith(ROOM, defaultSettings, NOW, { drops: [] });
  });

  it('answers estimator-failed when the estimator throws', async () => {
    const { send } = setup(async () => {
      throw new Error('worker crashed');
    });
    expect(await send({ type: 'get-estimate', payload: { streamId: ROOM } })).toEqual({
      ok: false,
      error: { code: 'estimator-failed', message: 'worker crashed' },
    });
  });

  it('answers the error of a scheduled run that failed (the watchdog stopped it) instead of the stale estimate', async () => {
    const stopped = 'the estimate ran longer than 10 s and was stopped; check the settings: promise.days (30)';
    let failing = true;
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // the scheduler's note of each failed run
    const { db, send } = setup(async (id) => {
      if (failing) throw new Error(stopped);
      return estimateOf(id);
    });
    await storeSnapshots(db, burst);
    await db.estimates.put({ ...estimateOf(ROOM), at: NOW - 60_000 });
    // The first ask answers the stored estimate and schedules a run, which fails.
    expect((await send({ type: 'get-estimate', payload: {} })).ok).toBe(true);
    await vi.waitFor(async () =>
      expect(await send({ type: 'get-estimate', payload: {} })).toEqual({
        ok: false,
        error: { code: 'estimator-failed', message: stopped },
      }),
    );
    // Once a run succeeds again, the figures come back.
    failing = false;
    await vi.waitFor(async () => expect((await send({ type: 'get-estimate', payload: {} })).ok).toBe(true));
  });
});

describe('background handler: list-streams', () => {
  it('lists streams newest first with their latest estimate, in the shape the contract promises', async () => {
    const { db, send } = setup();
    await storeSnapshots(db, [
      snap(0, sh('2026-11-25', '09:00'), 40, 'demo:older'),
      snap(1, sh('2026-11-25', '09:30'), 90, 'demo:older'),
    ]);
    await storeSnapshots(db, burst);
    await db.estimates.put(estimateOf(ROOM));
    const reply = await send({ type: 'list-streams' });
    const checked = parseReply('background', 'list-streams', reply);
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.data.map((s) => s.streamId)).toEqual([ROOM, 'demo:older']); // last readings 10:02, 09:30
    expect(checked.data[0].estimate).toEqual(estimateOf(ROOM));
    expect(checked.data[1]).toEqual({
      streamId: 'demo:older',
      source: 'demo',
      firstAt: sh('2026-11-25', '09:00'),
      lastAt: sh('2026-11-25', '09:30'),
      snapshots: 2,
      firstPaidOrders: 40,
      lastPaidOrders: 90,
      estimate: null,
      actual: null, // no order export imported
    });
    expect(reply.ok && (reply.data as object[])[1]).not.toHaveProperty('lastSeq'); // internal, not in the contract
  });
});

describe('stage readings (issue #15)', () => {
  const counts = { pickPack: 1116, shipTransport: 135 };
  it('stores a page’s reading for its own site and re-estimates the stream being captured', async () => {
    const { db, estimator, send } = setup();
    await send({ type: 'snapshots', payload: { snapshots: burst } }, { ...anchorScreen, tab: { id: 7 } });
    estimator.estimate.mockClear();
    const origin = 'https://compass.jinritemai.com';
    expect(
      await send({ type: 'stage-reading', payload: { at: NOW, origin, source: 'picked', counts } }, anchorScreen),
    ).toEqual({ ok: true, data: { changed: true } });
    expect(await db.stageReadings.count()).toBe(1);
    await vi.waitFor(() => expect(estimator.estimate).toHaveBeenCalled());
    expect(estimator.estimate.mock.calls[0][0]).toBe(ROOM);
  });

  it('refuses a page speaking for another site, naming both', async () => {
    const { db, send } = setup();
    const reply = await send(
      { type: 'stage-reading', payload: { at: NOW, origin: 'https://seller-us.tiktok.com', source: 'picked', counts } },
      anchorScreen,
    );
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'invalid-message',
        message:
          "stage-reading.origin: https://seller-us.tiktok.com is not the sending page's site (https://compass.jinritemai.com)",
      },
    });
    expect(await db.stageReadings.count()).toBe(0);
  });
});
