import { describe, expect, it } from 'vitest';
import { MAX_ASKED, OrderFeed } from '../../../../core/capture/order-feed';

/** A store that lists `listed` as counted, answering as the background does. */
const answer = (feed: OrderFeed, listed: string[] = [], held = false) => {
  const asked = feed.pending();
  return feed.settle(
    asked,
    asked.filter((id) => listed.includes(id)),
    held,
  );
};

describe('OrderFeed: a fresh stream whose only source is the feed', () => {
  it('counts every paid order of the first window, then each new one once across polls', () => {
    const feed = new OrderFeed();
    feed.begin(null, 0); // nothing recorded: the count is the feed's own
    feed.see(['a', 'b', 'c'], false);
    expect(answer(feed)).toEqual(['a', 'b', 'c']);
    // The next polls send the window again, with new orders at the end.
    feed.see(['a', 'b', 'c', 'd'], false);
    expect(answer(feed)).toEqual(['d']);
    feed.see(['c', 'd'], false);
    expect(feed.pending()).toEqual([]); // nothing undecided: no question to ask
  });

  it('after a reload counts what the store does not list, orders paid while no tab watched included', () => {
    const feed = new OrderFeed();
    feed.begin(3, 3); // 3 recorded, all 3 listed: the count is the feed's own
    feed.see(['a', 'b', 'c', 'd', 'e'], false); // d and e were paid during the reload
    expect(answer(feed, ['a', 'b', 'c'])).toEqual(['d', 'e']);
  });

  it('keeps ids seen before capture began until it can ask, then asks about them', () => {
    const feed = new OrderFeed();
    feed.see(['a', 'b'], false);
    expect(feed.pending()).toEqual([]); // the stored head is not known yet
    feed.begin(null, 0);
    expect(answer(feed)).toEqual(['a', 'b']);
  });

  it('asks again about ids whose question went unanswered', () => {
    const feed = new OrderFeed();
    feed.begin(null, 0);
    feed.see(['a', 'b'], false);
    expect(feed.pending()).toEqual(['a', 'b']); // asked, no answer came (the background was stopped)
    feed.see(['a', 'b', 'c'], false);
    expect(answer(feed)).toEqual(['a', 'b', 'c']);
  });

  it('asks about at most MAX_ASKED ids at a time, the oldest first', () => {
    const feed = new OrderFeed();
    feed.begin(null, 0);
    const ids = Array.from({ length: MAX_ASKED + 20 }, (_, i) => `o${i}`);
    feed.see(ids, false);
    expect(answer(feed)).toEqual(ids.slice(0, MAX_ASKED));
    expect(answer(feed)).toEqual(ids.slice(MAX_ASKED));
  });
});

describe('OrderFeed: a count that holds more than the feed listed', () => {
  it('takes the first window after capture began as a baseline, and counts only ids first seen after it', () => {
    const feed = new OrderFeed();
    feed.begin(1234, 0); // 1,234 from the page's total: the window's orders may be inside it
    feed.see(['a', 'b'], false);
    expect(feed.pending()).toEqual([]); // no question: the baseline counts nothing
    feed.see(['a', 'b', 'c'], false);
    expect(answer(feed)).toEqual(['c']);
  });

  it('makes the ids watched on standby the baseline, and counts what the capturing tab left uncounted', () => {
    const feed = new OrderFeed();
    feed.see(['o1', 'o2'], false); // on standby: another tab counts these
    feed.begin(140, 40);
    expect(feed.pending()).toEqual([]);
    feed.see(['o2', 'o3'], false);
    expect(answer(feed)).toEqual(['o3']);
  });

  it('on a feed-only count, settles ids the other tab listed and counts the rest when taking over', () => {
    const feed = new OrderFeed();
    feed.see(['o1', 'o2', 'o3'], false); // on standby
    feed.begin(2, 2); // the capturing tab counted o1 and o2 and then closed
    expect(answer(feed, ['o1', 'o2'])).toEqual(['o3']);
  });
});

describe('OrderFeed: another count holds the orders', () => {
  it('settles ids seen while a fresh total holds them, so they never count later', () => {
    const feed = new OrderFeed();
    feed.begin(null, 0);
    feed.see(['a', 'b'], true);
    expect(feed.pending()).toEqual([]);
    feed.see(['a', 'b', 'c'], false); // the total went quiet: only c is new
    expect(answer(feed)).toEqual(['c']);
  });

  it('does not count ids a total came to hold while their question was out', () => {
    const feed = new OrderFeed();
    feed.begin(null, 0);
    feed.see(['a'], false);
    expect(answer(feed, [], true)).toEqual([]);
    feed.see(['a'], false);
    expect(feed.pending()).toEqual([]); // settled: never asked about or counted again
  });
});
