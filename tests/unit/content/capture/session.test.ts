// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CaptureLink, type CaptureState, startCapture } from '../../../../content/capture/session';
import { toStatus } from '../../../../content/capture/state';
import type { DashboardAdapter } from '../../../../core/adapters/adapter';
import { demoAdapter } from '../../../../core/adapters/demo';
import { fail, ok } from '../../../../core/lib/result';
import type { Snapshot } from '../../../../core/records/snapshot';
import { fakeTap } from './fake-tap';

const ROOM = '7301234567';
const T0 = Date.UTC(2026, 10, 25, 12, 0);

function page(count: string) {
  document.head.innerHTML = `<meta name="les-radar-demo" content="${ROOM}">`;
  document.body.innerHTML = `<div class="tile"><h3>Paid orders</h3><div class="value" id="paid">${count}</div></div>`;
  return (text: string) => {
    (document.getElementById('paid') as HTMLElement).textContent = text;
  };
}

/** A background that stores what it gets, but drops the first `failures` sends as a stopped worker would. */
function flakyBackground(
  failures: number,
  head: { lastSeq: number | null; lastPaidOrders: number | null } = { lastSeq: null, lastPaidOrders: null },
) {
  const stored = new Map<number, Snapshot>();
  let calls = 0;
  const link: CaptureLink = {
    snapshots: async (batch) => {
      calls++;
      if (calls <= failures) return fail('unreachable', 'Could not establish connection');
      for (const s of batch) if (!stored.has(s.seq)) stored.set(s.seq, s);
      return ok({ ackedSeq: Math.max(...batch.map((s) => s.seq)), stored: batch.length });
    },
    streamHead: async () => ok(head),
    feedKnown: async () => ok({ known: [] }), // lists no order: none was counted from a feed
  };
  return { link, stored, calls: () => calls };
}

/** A clock the test moves by hand; the session judges health by it. */
const clock = { t: T0, now: () => clock.t };
const values = (m: Map<number, Snapshot>) => [...m.values()].map((s) => s.paidOrders);

/** The page-world tap's port, as the content script holds it: what the tests send the session hears. */
const port = fakeTap();
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  clock.t = T0;
});

function run(adapter: DashboardAdapter, link: CaptureLink, extra: Partial<Parameters<typeof startCapture>[0]> = {}) {
  const states: CaptureState[] = [];
  const session = startCapture({
    win: window,
    adapter,
    link,
    onChange: (s) => states.push(s),
    now: clock.now,
    tickMs: 20,
    tap: port.feed,
    ...extra,
  });
  stop = session.stop;
  return { states, last: () => states.at(-1) as CaptureState, session };
}

describe('capture session: delivery', () => {
  it('keeps unacknowledged snapshots and resends them in order until the background takes them', async () => {
    const set = page('0');
    const bg = flakyBackground(3);
    const { last } = run(demoAdapter, bg.link);
    await vi.waitFor(() => expect(last().status).toBe('live'));
    set('5');
    await new Promise((r) => setTimeout(r, 5)); // the counter is read in a task of its own, after the page's
    set('12');
    // The sends for readings 0, 5 and 12 all fail; a backoff retry then delivers all three as seq 0, 1, 2.
    await vi.waitFor(() => expect(bg.stored.size).toBe(3), { timeout: 5000 });
    expect([...bg.stored.values()].map((s) => [s.seq, s.paidOrders, s.source])).toEqual([
      [0, 0, 'demo/page'],
      [1, 5, 'demo/page'],
      [2, 12, 'demo/page'],
    ]);
    await vi.waitFor(() => expect(last().unacknowledged).toBe(0));
    expect(bg.calls()).toBeGreaterThanOrEqual(4);
  });

  it('continues after the stored head and never records below the stored count (a reload)', async () => {
    const set = page('40');
    const bg = flakyBackground(0, { lastSeq: 4, lastPaidOrders: 50 });
    const { last } = run(demoAdapter, bg.link);
    // The page came back showing 40, below the 50 recorded before the reload: held back, said, not stored.
    await vi.waitFor(() =>
      expect(last().note).toBe('the page shows 40, below the 50 already recorded; waiting until it passes'),
    );
    expect(last().paidOrders).toBe(50);
    set('50'); // the same as recorded: nothing new
    set('55');
    await vi.waitFor(() => expect([...bg.stored.keys()]).toEqual([5]));
    expect(bg.stored.get(5)).toMatchObject({ paidOrders: 55, streamId: `demo:${ROOM}` });
  });

  it('moves its pending readings after another capture’s seqs when the store says so', async () => {
    const set = page('10');
    const seen: number[][] = [];
    let first = true;
    const link: CaptureLink = {
      snapshots: async (batch) => {
        seen.push(batch.map((s) => s.seq));
        if (!first) return ok({ ackedSeq: batch.at(-1)?.seq ?? -1, stored: batch.length });
        first = false; // seq 0 was taken by another tab, which holds up to seq 3
        return ok({ ackedSeq: -1, stored: 0, renumberFrom: 4 });
      },
      streamHead: async () => ok({ lastSeq: null, lastPaidOrders: null }),
      feedKnown: async () => ok({ known: [] }),
    };
    run(demoAdapter, link);
    await vi.waitFor(() => expect(seen).toEqual([[0], [4]]));
    set('11');
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([5]));
  });
});

describe('capture session: health', () => {
  it('is connecting while the page shows a placeholder, then lost only after a failure lasts 3 s', async () => {
    const set = page('—');
    const bg = flakyBackground(0);
    const { last } = run(demoAdapter, bg.link);
    await vi.waitFor(() => expect(last().problem).toContain('—'));
    expect(last().status).toBe('starting'); // a placeholder before the first number is not a loss
    set('7');
    await vi.waitFor(() => expect(last().status).toBe('live'));
    document.body.innerHTML = '<p>The dashboard re-rendered without its tiles</p>';
    await vi.waitFor(() => expect(last().problem).toBe('Demo dashboard: paid-order counter not found on the page'));
    clock.t += 2000; // a 2 s gap is still a re-render, not a loss
    await new Promise((r) => setTimeout(r, 60));
    expect(last().status).toBe('live');
    clock.t += 1000; // 3 s: lost, naming the page and the source
    await vi.waitFor(() => expect(last().status).toBe('lost'));
    expect(values(bg.stored)).toEqual([7]);
    page('9'); // the tiles come back: live again, and the new count is recorded
    await vi.waitFor(() => expect(last().status).toBe('live'));
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([7, 9]));
  });

  it('waits on standby while another tab holds the stream, and takes over when it goes', async () => {
    page('20');
    const bg = flakyBackground(0);
    let takeOver: () => void = () => {};
    const { last } = run(demoAdapter, bg.link, {
      lead: (_win, _id, onLead) => {
        takeOver = onLead;
        return () => {};
      },
    });
    await vi.waitFor(() => expect(last().status).toBe('standby'));
    await new Promise((r) => setTimeout(r, 60));
    expect(bg.stored.size).toBe(0);
    takeOver();
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([20]));
  });
});

describe('capture session: the page’s own data', () => {
  /** The demo page plus a network tap reading `{ room, paid }` or `{ room, events: [id…] }` from /api/live. */
  const tapped: DashboardAdapter = {
    ...demoAdapter,
    streamId: () => null, // the room id comes only from the page's data
    network: {
      paths: ['/api/live'],
      fields: { '/api/live': ['room', 'paid', 'events'] },
      pages: ['http://127.0.0.1/*'],
      parse: (_url, body) => {
        const b = body as { room: string; paid?: number; events?: string[] };
        if (b.paid !== undefined)
          return { ok: true, readings: [{ kind: 'paid-total', paidOrders: b.paid, roomId: b.room }] };
        if (b.events)
          return {
            ok: true,
            readings: [{ kind: 'paid-orders', orders: b.events.map((id) => ({ id, paidAt: T0 })), roomId: b.room }],
          };
        return { ok: false, reason: 'data.paid is missing' };
      },
    },
  };
  const tap = (body: unknown, url = 'http://127.0.0.1/api/live?room=1') => port.send(url, body);

  it('names the stream from the data, records its total, and lets it outrank the page text', async () => {
    const set = page('100');
    const bg = flakyBackground(0);
    const { last } = run(tapped, bg.link);
    tap({ room: '42', paid: 101 });
    await vi.waitFor(() => expect(last().streamId).toBe('demo:42'));
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([101]));
    expect(bg.stored.get(0)?.source).toBe('demo/network');
    set('150'); // the page text says more, but the data is fresh: it is not what is recorded
    tap({ room: '42', paid: 104 });
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([101, 104]));
    tap({ room: '42' }); // a malformed response is named
    await vi.waitFor(() => expect(last().problem).toBe('Demo dashboard: page data /api/live: data.paid is missing'));
  });

  it('hears the tap’s port only: the same data posted on the window names no stream and records nothing', async () => {
    page('100');
    const bg = flakyBackground(0);
    const { last } = run(tapped, bg.link);
    const forged = { room: '42', paid: 9_999 };
    const url = 'http://127.0.0.1/api/live?room=1';
    window.dispatchEvent(
      new MessageEvent('message', { data: { channel: 'les-radar-network-tap', url, body: forged }, source: window }),
    );
    window.dispatchEvent(
      new MessageEvent('message', { data: { kind: 'response', url, body: forged }, source: window }),
    );
    tap({ room: '7', paid: 3 }); // the port: heard
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([3]));
    expect(last().streamId).toBe('demo:7');
    expect(port.replays).toBeGreaterThan(0); // it asked the tap for what it had seen before listening
  });

  it('holds an absurd total, says so in capture health, and goes on from the real count', async () => {
    page('100');
    const bg = flakyBackground(0);
    const { last, session } = run(tapped, bg.link);
    tap({ room: '42', paid: 101 });
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([101]));
    tap({ room: '42', paid: 2 ** 53 });
    await vi.waitFor(() => expect(last().note).toBe('count held: implausible jump from 101 to 9007199254740992'));
    expect(last().paidOrders).toBe(101);
    expect(toStatus(session.state()).problem).toBe('count held: implausible jump from 101 to 9007199254740992');
    tap({ room: '42', paid: 104 }); // the real count, not below a floor of 2^53
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([101, 104]));
    expect(last().note).toBeNull();
  });

  it('goes stale when the data stops for 30 s', async () => {
    page('101'); // the page text agrees with the data, and stops changing with it
    const { last } = run(tapped, flakyBackground(0).link);
    tap({ room: '42', paid: 101 });
    await vi.waitFor(() => expect(last().status).toBe('live'));
    clock.t += 30_000;
    await vi.waitFor(() => expect(last().status).toBe('stale'));
  });

  it('on a stream counted before from a total, takes the first response as the baseline', async () => {
    document.body.innerHTML = '<p>no counter on this page</p>';
    // 30 recorded, no order listed as counted from a feed: the first window's orders may be in the 30.
    const bg = flakyBackground(0, { lastSeq: 0, lastPaidOrders: 30 });
    const { last } = run(tapped, bg.link);
    tap({ room: '42', events: ['a', 'b'] }); // names the stream; already in the 30 recorded: the baseline
    await vi.waitFor(() => expect(last().paidOrders).toBe(30)); // capturing from the stored 30
    tap({ room: '42', events: ['a', 'b', 'c'] }); // one new paid order: 30 + 1
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([31]));
    tap({ room: '42', events: ['c', 'd', 'e'] }); // two more: 33
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([31, 33]));
  });

  it('does not add the events a standby tab watched to the count it takes over', async () => {
    document.body.innerHTML = '<p>no counter on this page</p>';
    // The capturing tab recorded 140, the 40 orders below included.
    const bg = flakyBackground(0, { lastSeq: 5, lastPaidOrders: 140 });
    let takeOver: () => void = () => {};
    const { last } = run(tapped, bg.link, {
      lead: (_w, _id, onLead) => {
        takeOver = onLead;
        return () => {};
      },
    });
    const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `o${from + i}`);
    tap({ room: '42', events: ids(0, 10) });
    tap({ room: '42', events: ids(0, 50) }); // 40 new while on standby: the other tab counts them
    await vi.waitFor(() => expect(last().status).toBe('standby'));
    takeOver();
    await vi.waitFor(() => expect(last().paidOrders).toBe(140));
    tap({ room: '42', events: ids(48, 5) }); // o50–o52 are new: 140 + 3
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([143]));
  });

  it('does not count again the events a fresh total already held, once that total goes quiet', async () => {
    page('100');
    const bg = flakyBackground(0);
    run(tapped, bg.link);
    tap({ room: '42', events: ['a'] }); // names the stream
    tap({ room: '42', paid: 100 });
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([100]));
    tap({ room: '42', events: ['a', 'b', 'c', 'd'] }); // b, c, d: in the next total, not counted here
    tap({ room: '42', paid: 103 });
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([100, 103]));
    clock.t += 31_000; // the total goes quiet; the page text (100) is older than the data
    tap({ room: '42', events: ['b', 'c', 'd', 'e'] }); // only e is new: 103 + 1
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([100, 103, 104]));
  });
});

describe('capture session: failures and stopping', () => {
  it('lets go of the stream’s lock when the background cannot answer, and tries again later', async () => {
    page('20');
    let heads = 0;
    const released: number[] = [];
    const link: CaptureLink = {
      snapshots: async (batch) => ok({ ackedSeq: batch.at(-1)?.seq ?? -1, stored: batch.length }),
      streamHead: async () =>
        ++heads === 1 ? fail('unreachable', 'no service worker') : ok({ lastSeq: null, lastPaidOrders: null }),
      feedKnown: async () => ok({ known: [] }),
    };
    const { last } = run(demoAdapter, link, {
      lead: (_w, _id, onLead) => {
        const n = heads;
        onLead();
        return () => released.push(n);
      },
    });
    await vi.waitFor(() => expect(last().problem).toBe('background: no service worker'));
    expect(released).toEqual([0]); // the first lock, let go
    clock.t += 5000;
    await vi.waitFor(() => expect(last().paidOrders).toBe(20));
    expect(heads).toBe(2);
  });

  it('says capture is lost when readings stay unstored for 15 s, naming why', async () => {
    page('7');
    let sends = 0;
    const link: CaptureLink = {
      snapshots: async () => {
        sends++;
        return fail('storage-failed', 'QuotaExceededError');
      },
      streamHead: async () => ok({ lastSeq: null, lastPaidOrders: null }),
      feedKnown: async () => ok({ known: [] }),
    };
    const { last } = run(demoAdapter, link);
    await vi.waitFor(() => expect(sends).toBe(1));
    expect(last().unacknowledged).toBe(1);
    expect(last().status).toBe('live');
    clock.t += 15_000;
    await vi.waitFor(() => expect(last().status).toBe('lost'));
    expect(last().problem).toBe('background: readings not stored for 15 s (QuotaExceededError)');
  });

  it('reads the counter in a task of its own, once for the changes of one task, at their last value', async () => {
    const set = page('1');
    const bg = flakyBackground(0);
    const { last } = run(demoAdapter, bg.link);
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([1]));
    set('5');
    set('7');
    await Promise.resolve(); // the page's mutation has reached the observer: nothing read inside it
    expect(last().paidOrders).toBe(1);
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([1, 7]));
    expect(last().paidOrders).toBe(7);
  });

  it('sends what is waiting when stopped, and says nothing after', async () => {
    const set = page('1');
    const bg = flakyBackground(0);
    const { session, states } = run(demoAdapter, bg.link);
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([1]));
    set('2'); // within the 100 ms a burst waits for
    await Promise.resolve(); // the page's mutation reaches the observer; its read is still to come
    const emitted = states.length;
    session.stop();
    await vi.waitFor(() => expect(values(bg.stored)).toEqual([1, 2]));
    await new Promise((r) => setTimeout(r, 60));
    expect(states.length).toBeLessThanOrEqual(emitted + 1); // at most the change already under way
  });
});
