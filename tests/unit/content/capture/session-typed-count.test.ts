// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { type CaptureLink, startCapture } from '../../../../content/capture/session';
import { douyinAdapter } from '../../../../core/adapters/douyin';
import { ok } from '../../../../core/lib/result';
import { arrivalCurve } from '../../../../core/model/arrivals';
import { RadarDb } from '../../../../storage/db';
import { knownFeedOrders } from '../../../../storage/feed-order-store';
import { snapshotsAfter, storeManualCount, storeSnapshots, streamHead } from '../../../../storage/snapshot-store';
import { fakeTap } from './fake-tap';

const ROOM = '7301234567890123456';
const STREAM = `douyin:${ROOM}`;
const db = new RadarDb(`typed-count-${process.pid}`);
const link: CaptureLink = {
  snapshots: async (b, f) => ok(await storeSnapshots(db, b, f)),
  streamHead: async (s) => ok(await streamHead(db, s)),
  feedKnown: async (s, ids) => ok({ known: await knownFeedOrders(db, s, ids) }),
};
const port = fakeTap();
const tap = (url: string, body: unknown) => port.send(url, body);
const feed = (ids: string[]) =>
  tap(`https://compass.jinritemai.com/x/live_order_stream?live_room_id=${ROOM}`, {
    data: ids.map((order_id, i) => ({
      item_num: 1,
      nick_name: 'x',
      order_id,
      order_status: 3,
      order_ts: 1795608000 + i,
      product_id: '1',
      product_title: 'p',
    })),
    msg: '',
  });
const id = (n: number) => `69218400000000${String(n).padStart(5, '0')}`;

// From the #14 review: a feed's readings renumbered after a typed count kept their stale values (23 after 100).
describe('feed-only capture and a count typed in the popup', () => {
  it('keeps counting the feed’s new orders after the typed count', async () => {
    document.body.innerHTML = '<h1>直播大屏</h1>';
    const s = startCapture({
      win: window,
      adapter: douyinAdapter,
      link,
      onChange: () => {},
      tickMs: 20,
      tap: port.feed,
    });
    const window1 = Array.from({ length: 20 }, (_, i) => id(i));
    feed(window1);
    await vi.waitFor(async () => expect((await db.streams.get(STREAM))?.lastPaidOrders).toBe(20));
    // The overlay says 20, the screen's tile says 100: the seller types 100 in the popup.
    await storeManualCount(db, STREAM, Date.now(), 100);
    feed([...window1, id(100), id(101), id(102)]); // three new paid orders
    await new Promise((r) => setTimeout(r, 500));
    const snaps = await snapshotsAfter(db, STREAM, -1);
    s.stop();
    // Stored: the feed's 20, the typed 100, then 100 + the 3 new orders — not 23, below the typed count.
    expect(snaps.map((x) => x.paidOrders)).toEqual([20, 100, 103]);
    // The stream's orders: 103 − 20 = 83, the typed count's 80 more and the 3 new ones.
    expect(arrivalCurve(snaps).counts.at(-1)).toBe(100 - 20 + 3);
    expect((await db.streams.get(STREAM))?.lastPaidOrders).toBe(103);
  });
});
