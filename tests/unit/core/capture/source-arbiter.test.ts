import { describe, expect, it } from 'vitest';
import { NETWORK_GRACE_MS, STALE_AFTER_MS } from '../../../../core/capture/health';
import { type CountReading, SourceArbiter } from '../../../../core/capture/source-arbiter';

const T = 1_000_000;
const total = (value: number): CountReading => ({ value, source: 'network', approximate: false });
const text = (value: number, approximate = false): CountReading => ({ value, source: 'page', approximate });

describe('SourceArbiter: which count wins', () => {
  it('lets a fresh network total outrank the page text, and the text count again once the data is 30 s old', () => {
    const a = new SourceArbiter(T, true);
    a.dataArrived(T);
    expect(a.rule(total(101), T, null)).toBe('take');
    // 29.999 s after the total, it is still fresh: the text (which may lag the data) is not the count.
    expect(a.rule(text(150), T + STALE_AFTER_MS - 1, 101)).toBe('outranked');
    // 30 s without a new total: the data is stale, so the text is the best count left.
    expect(a.rule(text(150), T + STALE_AFTER_MS, 101)).toBe('take');
    expect(a.taken).toEqual(text(150));
  });

  it('treats a picked number like the page text', () => {
    const a = new SourceArbiter(T, true);
    a.rule(total(10), T, null);
    // A picked number is read from the page's text too, so the fresh total outranks it.
    expect(a.rule({ value: 12, source: 'picked', approximate: false }, T + 1000, 10)).toBe('outranked');
  });

  it('holds the text back for 3 s on a page with a tap while its first data has not come', () => {
    const a = new SourceArbiter(T, true);
    // 2.999 s in, the data may still be on its way: the count should start from it, not from the text.
    expect(a.rule(text(100), T + NETWORK_GRACE_MS - 1, null)).toBe('early');
    expect(a.taken).toBeNull();
    // After 3 s without data the text is all there is.
    expect(a.rule(text(100), T + NETWORK_GRACE_MS, null)).toBe('take');
  });

  it('takes the text at once when the data has come (without a total) or the page has no tap', () => {
    const tapped = new SourceArbiter(T, true);
    tapped.dataArrived(T + 500); // e.g. an order-events response: data came, but no total to outrank the text
    expect(tapped.rule(text(100), T + 500, null)).toBe('take');
    // Without a tap there is no data to wait for.
    expect(new SourceArbiter(T, false).rule(text(100), T, null)).toBe('take');
  });

  it('does not wait for data before taking the data itself', () => {
    // The grace period is for the text only: a total is what it waits for.
    expect(new SourceArbiter(T, true).rule(total(7), T, null)).toBe('take');
  });

  it('keeps a fresh exact count over a rounded one ("1.2万"), until the exact one is 30 s old', () => {
    const a = new SourceArbiter(T, false);
    expect(a.rule(text(12_345), T, null)).toBe('take');
    // 12 000 from "1.2万" is coarser than the 12 345 read a second ago: it must not replace it.
    expect(a.rule(text(12_000, true), T + 1000, 12_345)).toBe('rounded');
    expect(a.taken?.value).toBe(12_345);
    // Once nothing exact has been read for 30 s, the rounded count is the best there is.
    expect(a.rule(text(13_000, true), T + STALE_AFTER_MS, 12_345)).toBe('take');
    // An exact reading is always welcome over a rounded one.
    expect(a.rule(text(13_021), T + STALE_AFTER_MS + 1, 13_000)).toBe('take');
  });

  it('takes a rounded count when nothing exact was read', () => {
    // With no exact count at all, "1.2万" is better than nothing.
    expect(new SourceArbiter(T, false).rule(text(12_000, true), T, null)).toBe('take');
  });
});

describe('SourceArbiter: the page data and its freshness', () => {
  it('excuses a missing counter only while the page data is fresh', () => {
    const a = new SourceArbiter(T, true);
    // Before any data, a missing counter is a real failure.
    expect(a.dataFresh(T)).toBe(false);
    a.dataArrived(T);
    // Data 29.999 s old still gives the count, so the counter is not needed.
    expect(a.dataFresh(T + STALE_AFTER_MS - 1)).toBe(true);
    expect(a.dataFresh(T + STALE_AFTER_MS)).toBe(false);
  });

  it('goes stale when data that came once stops for 30 s, but not a page read only from its text', () => {
    const tapped = new SourceArbiter(T - 60_000, true);
    tapped.dataArrived(T);
    tapped.rule(total(101), T, null);
    expect(tapped.health(T + STALE_AFTER_MS - 1)).toBe('live');
    // The data was expected to keep coming and has not for 30 s: the count shown may be old.
    expect(tapped.health(T + STALE_AFTER_MS)).toBe('stale');
    const textOnly = new SourceArbiter(T - 60_000, false);
    textOnly.rule(text(101), T, null);
    // A counter that shows the same number for a while is just a quiet stream.
    expect(textOnly.health(T + 10 * STALE_AFTER_MS)).toBe('live');
  });

  it('counts a failure from its first moment, and a readable count ends it', () => {
    const a = new SourceArbiter(T - 60_000, false);
    a.rule(text(5), T, null);
    a.failed(T + 1000);
    a.failed(T + 2000); // a failure that goes on keeps its start
    // 3 s after the failure began (T + 1 s), capture is lost.
    expect(a.health(T + 4000)).toBe('lost');
    a.rule(text(5), T + 4000, 5);
    expect(a.health(T + 4000)).toBe('live');
  });
});

describe('SourceArbiter: per-order events', () => {
  it('counts only ids first seen after the first response, onto the recorded count', () => {
    const a = new SourceArbiter(T, true);
    // The first response is the baseline: those orders are already in the 30 recorded.
    expect(a.orders(['a', 'b'], T, true, 30)).toBeNull();
    // c is new: 30 + 1.
    expect(a.orders(['a', 'b', 'c'], T + 1000, true, 30)).toBe(31);
    // d and e are new, c is not: 31 + 2.
    expect(a.orders(['c', 'd', 'e'], T + 2000, true, 31)).toBe(33);
  });

  it('does not add orders seen on standby, whose count the capturing tab holds', () => {
    const a = new SourceArbiter(T, true);
    a.orders(['o1'], T, false, null);
    // o2 came while another tab captured: remembered, not added.
    expect(a.orders(['o1', 'o2'], T + 1000, false, null)).toBeNull();
    // After taking over only o3 is new: 140 + 1.
    expect(a.orders(['o2', 'o3'], T + 2000, true, 140)).toBe(141);
  });

  it('keeps new orders until a recorded count is known to add them to', () => {
    const a = new SourceArbiter(T, true);
    a.orders(['a'], T, true, null);
    // b is new, but there is nothing recorded yet to add it to.
    expect(a.orders(['a', 'b'], T + 1000, true, null)).toBeNull();
    // Once 20 is recorded, the kept b and the new c make 22.
    expect(a.orders(['c'], T + 2000, true, 20)).toBe(22);
  });

  it('does not add orders a fresh exact total already holds, and adds them once it goes quiet', () => {
    const a = new SourceArbiter(T, true);
    a.orders(['a'], T, true, null);
    a.rule(total(100), T, null);
    // b, c and d are in the next total: adding them too would count them twice.
    expect(a.orders(['a', 'b', 'c', 'd'], T + 1000, true, 100)).toBeNull();
    // 30 s after the last total it is stale; only e is new (b–d were remembered): 100 + 1.
    expect(a.orders(['b', 'c', 'd', 'e'], T + STALE_AFTER_MS, true, 100)).toBe(101);
  });

  it('keeps adding orders while they are the count’s own source, however fresh it is', () => {
    const a = new SourceArbiter(T, true);
    a.orders(['a'], T, true, 50);
    const counted = a.orders(['a', 'b'], T + 1000, true, 50);
    // b makes 51, which becomes the exact count, from the events themselves.
    expect(counted).toBe(51);
    a.rule({ value: 51, source: 'network-events', approximate: false }, T + 1000, 50);
    // The fresh exact count is the events' own, so c still adds: 51 + 1.
    expect(a.orders(['b', 'c'], T + 2000, true, 51)).toBe(52);
  });
});
