// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type StageReadingOut, watchStages } from '../../../../content/capture/stage-watch';
import type { StageAdapter } from '../../../../core/adapters/adapter';
import { tabCounter } from '../../../../core/adapters/tab-counts';

// A page with two status tabs, as an order-management page shows them (core/adapters/tiktok/fixtures).
const T0 = Date.UTC(2026, 11, 5, 12, 0);
const tabs = (packing: string, carrier: string) => {
  document.body.innerHTML = `<div role="tab" id="p">Awaiting shipment ${packing}</div><div role="tab" id="c">Awaiting collection ${carrier}</div>`;
};
const setTab = (id: string, text: string) => {
  (document.getElementById(id) as HTMLElement).textContent = text;
};
const adapter: StageAdapter = {
  id: 'test-tabs',
  label: 'test tabs',
  hosts: [],
  matches: () => true,
  readStages: (doc) => {
    const count = tabCounter(doc);
    const pickPack = count(['Awaiting shipment']);
    const shipTransport = count(['Awaiting collection']);
    return pickPack === null && shipTransport === null
      ? null
      : { ...(pickPack !== null && { pickPack }), ...(shipTransport !== null && { shipTransport }) };
  },
};

let sent: StageReadingOut[] = [];
let took = true;
let stop = () => {};
const send = async (r: StageReadingOut) => {
  sent.push(r);
  return took;
};
/** Lets the page's mutation records and the send's answer arrive, then moves the clock. */
const advance = async (ms: number) => {
  await vi.advanceTimersByTimeAsync(ms);
};
const counts = () => sent.map((r) => r.counts);

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  sent = [];
  took = true;
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('the stage watch', () => {
  it('sends the counts at once, then only when one changes, read on the page’s change within a second', async () => {
    tabs('(1,116)', '(312)');
    stop = watchStages(window, adapter, send, Date.now);
    expect(sent).toEqual([
      {
        at: T0,
        origin: window.location.origin,
        source: 'test-tabs',
        page: expect.stringMatching(/^[0-9a-z]{1,7}$/),
        counts: { pickPack: 1116, shipTransport: 312 },
      },
    ]);
    await advance(20_000); // four reads every 5 s, nothing changed: nothing sent
    expect(sent).toHaveLength(1);
    await advance(300);
    setTab('p', 'Awaiting shipment (1,090)');
    await advance(1000); // the mutation is read within a second, before the next 5 s read (at 25 s)
    expect(counts()).toEqual([
      { pickPack: 1116, shipTransport: 312 },
      { pickPack: 1090, shipTransport: 312 },
    ]);
    expect(sent[1].at - T0).toBeLessThan(21_400);
  });

  it('sends a count that changes every second at most every 10 s, the latest each time', async () => {
    tabs('(1,116)', '(312)');
    stop = watchStages(window, adapter, send, Date.now);
    for (let i = 1; i <= 25; i++) {
      await advance(1000);
      setTab('p', `Awaiting shipment (${1116 + i})`);
    }
    await advance(1000);
    // Sent at 0, then not before 10 s: reads land on the 5 s ticks and the mutations' 1 s reads.
    const gaps = sent.map((r, k) => (k === 0 ? 0 : r.at - sent[k - 1].at)).slice(1);
    expect(gaps.every((g) => g >= 10_000)).toBe(true);
    expect(sent.length).toBe(3); // 0 s, 10 s, 20 s over 26 s
    expect(sent[2].counts.pickPack).toBe(1116 + 19); // read on the 20 s tick, just before the 20th change
  });

  it('reads a page that changes all the time at most once a second', async () => {
    tabs('(1,116)', '(312)');
    const readStages = vi.spyOn(adapter, 'readStages');
    stop = watchStages(window, adapter, send, Date.now);
    for (let i = 0; i < 40; i++) {
      setTab('c', `Awaiting collection (${312 + i})`);
      await advance(50);
    }
    // 40 changes over 2 s: the first read at 0, then one a second at most: 3 reads, not 41.
    expect(readStages.mock.calls.length).toBeLessThanOrEqual(3);
    readStages.mockRestore();
  });

  it('confirms unchanged counts within every minute, so a count that does not move is known', async () => {
    tabs('(1,116)', '(312)');
    stop = watchStages(window, adapter, send, Date.now);
    await advance(180_000);
    // Sent at 0, then each 55 s (the 5 s read before the minute is up): 0, 55, 110, 165 s.
    expect(sent.map((r) => (r.at - T0) / 1000)).toEqual([0, 55, 110, 165]);
  });

  it('sends nothing while the page shows no count, and starts when one appears', async () => {
    tabs('', '');
    stop = watchStages(window, adapter, send, Date.now);
    await advance(70_000);
    expect(sent).toEqual([]);
    setTab('c', 'Awaiting collection 40');
    await advance(1000);
    expect(counts()).toEqual([{ shipTransport: 40 }]);
  });

  it('sends again at the next read what the background did not take', async () => {
    tabs('(1,116)', '(312)');
    took = false;
    stop = watchStages(window, adapter, send, Date.now);
    await advance(0);
    took = true;
    await advance(5000);
    expect(sent.map((r) => (r.at - T0) / 1000)).toEqual([0, 5]);
    await advance(5000);
    expect(sent).toHaveLength(2); // taken at 5 s: unchanged since
  });

  it('stops cleanly: no read and no send after its stop, on a timer or a change', async () => {
    tabs('(1,116)', '(312)');
    const readStages = vi.spyOn(adapter, 'readStages');
    watchStages(window, adapter, send, Date.now)();
    setTab('p', 'Awaiting shipment (1,000)');
    await advance(120_000);
    expect(readStages).toHaveBeenCalledTimes(1); // the first read, at the start
    expect(sent).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    readStages.mockRestore();
  });
});
