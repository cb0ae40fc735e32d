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
  const events = (value: number): CountReading => ({ value, source: 'network-events', approximate: false });

  it('says a fresh exact total holds the feed’s orders, until that total is 30 s old', () => {
    const a = new SourceArbiter(T, true);
    expect(a.eventsHeld(T)).toBe(false); // nothing counted yet: the feed's orders are in no count
    a.rule(total(100), T, null);
    // The next total will hold the orders the feed shows now: adding them too would count them twice.
    expect(a.eventsHeld(T + STALE_AFTER_MS - 1)).toBe(true);
    expect(a.eventsHeld(T + STALE_AFTER_MS)).toBe(false);
  });

  it('does not hold the feed’s orders back from a count the feed itself made', () => {
    const a = new SourceArbiter(T, true);
    a.dataArrived(T);
    a.rule(events(51), T, 50);
    expect(a.eventsHeld(T + 1000)).toBe(false);
    // The page's exact text, taken after, holds them again.
    a.rule(text(51), T + 2000, 51);
    expect(a.eventsHeld(T + 2000)).toBe(true);
  });

  it('counts a feed that answers without a new paid order as working, not as missing', () => {
    const a = new SourceArbiter(T, true);
    a.dataArrived(T + 500);
    a.heard(T + 500);
    // A fresh stream whose feed lists no paid order yet: connected and live, not "lost" after 10 s.
    expect(a.health(T + 11_000)).toBe('live');
    expect(new SourceArbiter(T, true).health(T + 11_000)).toBe('lost');
  });

  it('is paused while the page says it froze', () => {
    const a = new SourceArbiter(T, true);
    a.rule(total(5), T, null);
    expect(a.health(T + 1000, true)).toBe('paused');
    expect(a.health(T + 1000)).toBe('live');
  });
});
