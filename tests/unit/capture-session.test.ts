// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CaptureLink, type CaptureState, startCapture } from '../../components/capture/session';
import { demoAdapter } from '../../core/adapters/demo';
import { fail, ok } from '../../core/result';
import type { Snapshot } from '../../core/snapshot';

const ROOM = '7301234567';

function page(count: string) {
  document.head.innerHTML = `<meta name="les-radar-demo" content="${ROOM}">`;
  document.body.innerHTML = `<div class="tile"><h3>Paid orders</h3><div class="value" id="paid">${count}</div></div>`;
  return (text: string) => {
    (document.getElementById('paid') as HTMLElement).textContent = text;
  };
}

/** A background that stores what it gets, but drops the first `failures` sends as a stopped worker would. */
function flakyBackground(failures: number, lastSeq: number | null = null) {
  const stored = new Map<number, Snapshot>();
  let calls = 0;
  const link: CaptureLink = {
    snapshots: async (batch) => {
      calls++;
      if (calls <= failures) return fail('unreachable', 'Could not establish connection');
      for (const s of batch) if (!stored.has(s.seq)) stored.set(s.seq, s);
      return ok({ ackedSeq: Math.max(...batch.map((s) => s.seq)) });
    },
    streamHead: async () => ok({ lastSeq }),
    estimate: async () => ok(null),
  };
  return { link, stored, calls: () => calls };
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('capture session', () => {
  it('keeps unacknowledged snapshots and resends them in order until the background takes them', async () => {
    const set = page('0');
    const bg = flakyBackground(3);
    const states: CaptureState[] = [];
    const session = startCapture({ win: window, adapter: demoAdapter, link: bg.link, onChange: (s) => states.push(s) });
    stop = session.stop;
    await vi.waitFor(() => expect(states.at(-1)?.status).toBe('live'));
    set('5');
    await Promise.resolve();
    set('12');
    // The sends for readings 0, 5 and 12 all fail; a backoff retry then delivers all three as seq 0, 1, 2.
    await vi.waitFor(() => expect(bg.stored.size).toBe(3), { timeout: 5000 });
    expect([...bg.stored.values()].map((s) => [s.seq, s.paidOrders])).toEqual([
      [0, 0],
      [1, 5],
      [2, 12],
    ]);
    await vi.waitFor(() => expect(states.at(-1)?.unacknowledged).toBe(0));
    expect(bg.calls()).toBeGreaterThanOrEqual(4);
  });

  it('continues numbering after the stored head, so a reloaded tab never reuses a seq', async () => {
    page('40');
    const bg = flakyBackground(0, 4);
    stop = startCapture({ win: window, adapter: demoAdapter, link: bg.link, onChange: () => {} }).stop;
    // The background already holds seq 0…4: the first reading of this page is seq 5.
    await vi.waitFor(() => expect([...bg.stored.keys()]).toEqual([5]));
    expect(bg.stored.get(5)?.paidOrders).toBe(40);
    expect(bg.stored.get(5)?.streamId).toBe(`demo:${ROOM}`);
  });

  it('waits while the page shows a placeholder, and says capture is lost when a live counter breaks', async () => {
    const set = page('—');
    const bg = flakyBackground(0);
    const states: CaptureState[] = [];
    stop = startCapture({ win: window, adapter: demoAdapter, link: bg.link, onChange: (s) => states.push(s) }).stop;
    await vi.waitFor(() => expect(states.at(-1)?.problem).toContain('not a whole-number count'));
    expect(states.at(-1)?.status).toBe('starting'); // a placeholder before the first number is not a loss
    expect(bg.stored.size).toBe(0);
    set('7');
    await vi.waitFor(() => expect(states.at(-1)?.status).toBe('live'));
    document.body.innerHTML = '<p>The dashboard re-rendered without its tiles</p>';
    await vi.waitFor(() => expect(states.at(-1)?.status).toBe('lost'));
    expect(states.at(-1)?.problem).toBe('demo: paid-order counter not found on the page');
    expect([...bg.stored.values()].map((s) => s.paidOrders)).toEqual([7]);
  });
});
