// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CaptureLink, type CaptureState, startCapture } from '../../../../content/capture/session';
import { douyinAdapter } from '../../../../core/adapters/douyin';
import { fail, ok } from '../../../../core/lib/result';
import type { Snapshot } from '../../../../core/records/snapshot';
import { fakeTap } from './fake-tap';

// The real Douyin adapter on its fixtures (shapes and sources: core/adapters/douyin/fixtures/PROVENANCE.md):
// the feed in its documented shape, the desk page and its dialogs (reconstructions, unverified).
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../../core/adapters/douyin/fixtures');
const html = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const ROOM = '7301234567890123456';
const STREAM = `douyin:${ROOM}`;
const T0 = Date.UTC(2026, 10, 25, 12, 0);
const clock = { t: T0, now: () => clock.t };

/** A background with a store that keeps what the real one keeps: snapshots by seq and the feed's order ids. */
function background() {
  const stored = new Map<number, Snapshot>();
  const listed = new Set<string>();
  const bg = {
    stored,
    listed,
    down: false,
    asked: 0,
    values: () => [...stored.values()].sort((a, b) => a.seq - b.seq).map((s) => s.paidOrders),
    link: {
      snapshots: async (batch, feedOrders = []) => {
        if (bg.down) return fail('unreachable', 'Could not establish connection. Receiving end does not exist.');
        for (const s of batch) {
          if (stored.has(s.seq)) continue; // a resend: stored, its ids with it, the first time
          stored.set(s.seq, s);
          for (const id of feedOrders.find((f) => f.seq === s.seq)?.orderIds ?? []) listed.add(id);
        }
        return ok({ ackedSeq: Math.max(...batch.map((s) => s.seq)), stored: batch.length });
      },
      streamHead: async () => {
        const last = [...stored.values()].sort((a, b) => a.seq - b.seq).at(-1);
        return ok({ lastSeq: last?.seq ?? null, lastPaidOrders: last?.paidOrders ?? null, feedOrders: listed.size });
      },
      feedKnown: async (_stream, ids) => {
        bg.asked++;
        if (bg.down) return fail('unreachable', 'Could not establish connection. Receiving end does not exist.');
        return ok({ known: ids.filter((id) => listed.has(id)) });
      },
    } as CaptureLink,
  };
  return bg;
}

/** The anchor screen's feed answering with `orders` ([id, status] pairs), in its documented shape. */
const feed = (orders: [string, number][]) => {
  const data = orders.map(([order_id, order_status], i) => ({
    item_num: 1,
    nick_name: `用户****${i}`,
    order_id,
    order_status,
    order_ts: 1795608000 + i,
    product_id: '3712345678901234567',
    product_title: '羊毛围巾 纯色',
  }));
  const url = `https://compass.jinritemai.com/compass_api/shop/live/live_screen/live_order_stream?live_room_id=${ROOM}`;
  tap(url, { data, msg: '' });
};
const port = fakeTap();
const tap = (url: string, body: unknown) => port.send(url, body);
const paid = (...ids: string[]): [string, number][] => ids.map((id) => [id, 3]);
/** Order ids as Douyin writes them: 19 digits, as a string. */
const [o1, o2, o3, o4, o5] = [1, 2, 3, 4, 5].map((n) => `692184000000000010${n}`);

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  clock.t = T0;
  document.body.innerHTML = '';
});

function run(link: CaptureLink) {
  const states: CaptureState[] = [];
  const session = startCapture({
    win: window,
    adapter: douyinAdapter,
    link,
    onChange: (s) => states.push(s),
    now: clock.now,
    tickMs: 20,
    tap: port.feed,
  });
  stops.push(session.stop);
  return { last: () => states.at(-1) as CaptureState, stop: session.stop };
}

describe('capture session: a fresh stream whose only source is the order feed', () => {
  it('counts every paid order once, the first window included, and sends each reading with its order ids', async () => {
    document.body.innerHTML = '<h1>直播大屏</h1>'; // the anchor screen: no paid-order tile, only the feed
    const bg = background();
    const { last } = run(bg.link);
    feed([
      [o1, 3],
      [o2, 0],
      [o3, 3],
    ]); // o2 is placed, not paid
    await vi.waitFor(() => expect(bg.values()).toEqual([2]));
    expect(last()).toMatchObject({ streamId: STREAM, status: 'live', source: 'network-events', paidOrders: 2 });
    feed([
      [o1, 3],
      [o2, 3],
      [o3, 3],
      [o4, 3],
    ]); // o2 paid now, o4 new; the rest again
    await vi.waitFor(() => expect(bg.values()).toEqual([2, 4]));
    feed([
      [o3, 3],
      [o4, 3],
    ]); // the window rolled on: nothing new
    await new Promise((r) => setTimeout(r, 60));
    expect(bg.values()).toEqual([2, 4]);
    expect([...bg.listed]).toEqual([o1, o3, o2, o4]);
    expect(bg.stored.get(0)?.source).toBe('douyin/network-events');
  });

  it('after a reload counts the orders paid meanwhile, and none of those already counted', async () => {
    document.body.innerHTML = '<h1>直播大屏</h1>';
    const bg = background();
    const first = run(bg.link);
    feed(paid(o1, o2, o3));
    await vi.waitFor(() => expect(bg.values()).toEqual([3]));
    first.stop();
    // The reloaded page: a new capture, whose first window holds o4 and o5, paid during the reload.
    const { last } = run(bg.link);
    feed(paid(o1, o2, o3, o4, o5));
    await vi.waitFor(() => expect(bg.values()).toEqual([3, 5]));
    expect([...bg.stored.values()].map((s) => s.seq)).toEqual([0, 1]);
    expect(last().paidOrders).toBe(5);
  });

  it('keeps the window waiting while the background cannot answer, asks again, and says lost after 15 s', async () => {
    document.body.innerHTML = '<h1>直播大屏</h1>';
    const bg = background();
    bg.down = true; // a stopped service worker that does not come back
    const { last } = run(bg.link);
    feed(paid(o1, o2));
    await vi.waitFor(() => expect(bg.asked).toBeGreaterThanOrEqual(2)); // asked on the tap, again on a tick
    expect(last().status).toBe('live');
    clock.t += 15_000;
    feed(paid(o1, o2)); // the page keeps polling: the data is fresh, the count is not
    await vi.waitFor(() => expect(last().status).toBe('lost'));
    expect(last().problem).toBe(
      'background: readings not stored for 15 s (Could not establish connection. Receiving end does not exist.)',
    );
    bg.down = false;
    await vi.waitFor(() => expect(bg.values()).toEqual([2]));
    await vi.waitFor(() => expect(last().status).toBe('live'));
  });

  it('is live, not lost, while the feed lists no paid order yet', async () => {
    document.body.innerHTML = '<h1>直播大屏</h1>';
    const bg = background();
    const { last } = run(bg.link);
    feed([[o1, 0]]);
    clock.t += 11_000;
    feed([[o1, 1]]);
    await new Promise((r) => setTimeout(r, 60));
    expect(last()).toMatchObject({ streamId: STREAM, status: 'live', paidOrders: null });
    expect(bg.values()).toEqual([]);
  });
});

describe('capture session: the control desk', () => {
  /** The desk page without its 直播间ID line: the room comes only from its promotions_v2 data. */
  const deskWithoutRoomLine = () => {
    document.body.innerHTML = new DOMParser().parseFromString(html('buyin-control.html'), 'text/html').body.innerHTML;
    document.querySelector('[class*="meta"]')?.remove();
  };
  const promotions = (body: unknown) =>
    tap('https://buyin.jinritemai.com/api/anchor/livepc/promotions_v2?list_type=1&source_type=force', body);

  it('names the stream from promotions_v2 and reads the desk’s counter, without going stale for it', async () => {
    deskWithoutRoomLine();
    const bg = background();
    const { last } = run(bg.link);
    promotions(JSON.parse(html('promotions_v2.json')));
    await vi.waitFor(() => expect(last().streamId).toBe(STREAM));
    clock.t += 3000; // the text waits 3 s for count data that a room's name is not
    await vi.waitFor(() => expect(bg.values()).toEqual([876]));
    clock.t += 31_000; // promotions_v2 came once: no data was expected to keep coming
    await new Promise((r) => setTimeout(r, 60));
    expect(last().status).toBe('live');
  });

  it('says "paused" and why while the idle-protection dialog is open, and live again once it closes', async () => {
    document.body.innerHTML = new DOMParser().parseFromString(html('buyin-control.html'), 'text/html').body.innerHTML;
    const bg = background();
    const { last } = run(bg.link);
    clock.t += 3000;
    await vi.waitFor(() => expect(bg.values()).toEqual([876]));
    const dialogs = new DOMParser().parseFromString(html('desk-dialogs.html'), 'text/html');
    const idle = dialogs.querySelector('[data-fixture="idle"]') as Element;
    document.body.append(idle);
    clock.t += 40_000; // long enough to be "stale" or "lost" otherwise
    await vi.waitFor(() => expect(last().status).toBe('paused'));
    expect(last().problem).toBe("Douyin live screen paused: the desk's idle-protection dialog is open");
    expect(last().paidOrders).toBe(876); // what was recorded before the freeze stands
    idle.remove();
    await vi.waitFor(() => expect(last().status).toBe('live'));
    expect(last().problem).toBeNull();
  });
});
