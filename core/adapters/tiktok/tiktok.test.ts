// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { networkMatches, tapPaths } from '../registry';
import { tiktokAdapter } from './index';

// A reconstruction of the Seller Center LIVE dashboard (fixtures/PROVENANCE.md): a sidebar "Orders 12",
// then SKU orders 1,412 and Orders 1,234 and "Room ID: 7301…". LIVE Manager: live-manager.test.ts.
// happy-dom replaces the global URL, so file paths are built with node:path.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const load = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(join(dir, name), 'utf8'), 'text/html');
const dashboard = () => load('live-dashboard.html');

const ROOM = '7301234567890123456';
const US_URL = new URL(`https://seller-us.tiktok.com/compass/live-dashboard?room_id=${ROOM}&shop_region=US`);

const read = (doc: Document) => {
  const el = tiktokAdapter.findCounter(doc);
  return el ? tiktokAdapter.readCounter(el) : null;
};

/** The metric card whose label reads `label`. */
const cardOf = (doc: Document, label: string): Element => {
  const el = Array.from(doc.querySelectorAll('span')).find(
    (s) => s.textContent === label && !s.closest('[role="menu"]'),
  );
  const card = el?.closest('div[class^="metric-card__card"]');
  if (!card) throw new Error(`fixture has no "${label}" card`);
  return card;
};

describe('tiktok adapter: which pages', () => {
  it('matches the LIVE dashboard in every Seller Center region', () => {
    for (const href of [
      US_URL.href,
      `https://seller-sea.tiktok.com/compass/live-dashboard?room_id=${ROOM}&shop_region=MY`,
      `https://seller-uk.tiktok.com/compass/live_analytics/detail?room_id=${ROOM}`,
      `https://seller.tiktokshopglobalselling.com/compass/live-dashboard?room_id=${ROOM}`,
    ]) {
      expect(tiktokAdapter.matches(new URL(href), dashboard()), href).toBe(true);
    }
  });

  it('does not match look-alike hosts, other Seller Center pages, LIVE Manager or TikTok itself', () => {
    for (const href of [
      `https://seller-us.tiktok.com.evil.example/compass/live-dashboard?room_id=${ROOM}`,
      'https://evilseller-us.tiktok.com/compass/live-dashboard',
      'http://seller-us.tiktok.com/compass/live-dashboard',
      'https://seller-us.tiktok.com/order?tab=to_ship',
      'https://seller-us.tiktok.com/product/olive-oil',
      'https://shop.tiktok.com/view/product/1729',
      'https://shop.tiktok.com/streamer/live/product/dashboard', // its own adapter (live-manager.ts)
      'https://www.tiktok.com/@shop/live',
    ]) {
      expect(tiktokAdapter.matches(new URL(href), dashboard()), href).toBe(false);
    }
  });
});

describe('tiktok adapter: stream id', () => {
  it('takes the room from the room_id parameter', () => {
    expect(tiktokAdapter.streamId(US_URL, dashboard())).toBe(`tiktok:${ROOM}`);
  });

  it('takes the room from "Room ID: …" on the page when the URL has none', () => {
    const bare = new URL('https://seller-us.tiktok.com/compass/live-dashboard');
    expect(tiktokAdapter.streamId(bare, dashboard())).toBe(`tiktok:${ROOM}`);
  });

  it('has no stream id while the page shows no room, and never names one locally', () => {
    // A Seller Center LIVE page without a room is a list or an analysis ("live-analysis"), not one stream.
    const doc = dashboard();
    for (const el of Array.from(doc.querySelectorAll('span'))) if (el.textContent?.startsWith('Room ID')) el.remove();
    const analysis = new URL('https://seller-us.tiktok.com/compass/live-analysis');
    expect(tiktokAdapter.streamId(analysis, doc)).toBeNull();
    expect(tiktokAdapter.localStreamWhenNoRoom).toBeFalsy();
  });
});

describe('tiktok adapter: what it reads', () => {
  it('reads the DOM only: the page-world tap runs on no TikTok page and asks for no realtime_stats', () => {
    expect(tiktokAdapter.network).toBeUndefined();
    expect(networkMatches.filter((m) => m.includes('tiktok'))).toEqual([]);
    expect(tapPaths).not.toContain('realtime_stats');
  });

  it('says its page shape is unverified', () => {
    expect(tiktokAdapter.verified).toBe(false);
  });
});

describe('tiktok adapter: the paid-orders counter', () => {
  it('reads Orders 1,234 on the dashboard: not the sidebar badge 12, not SKU orders 1,412 shown first', () => {
    expect(read(dashboard())).toMatchObject({ ok: true, value: 1234 });
  });

  it('prefers Paid orders to Orders when a page shows both', () => {
    const doc = dashboard();
    (cardOf(doc, 'Items sold').querySelector('span') as Element).textContent = 'Paid orders';
    expect(read(doc)).toMatchObject({ ok: true, value: 2345 });
  });

  it('falls back to SKU orders only on a page showing neither', () => {
    const doc = dashboard();
    cardOf(doc, 'Orders').remove();
    expect(read(doc)).toMatchObject({ ok: true, value: 1412 });
  });

  it('still finds the counter after a release renames every class', () => {
    const doc = dashboard();
    for (const el of Array.from(doc.querySelectorAll('[class]'))) el.setAttribute('class', 'css-1q2w3e4');
    expect(read(doc)).toMatchObject({ ok: true, value: 1234 });
  });

  it('finds the new value after the card is re-rendered', () => {
    const doc = dashboard();
    const before = tiktokAdapter.findCounter(doc);
    cardOf(doc, 'Orders').innerHTML = '<p><b>Orders</b></p><p><strong>1,301</strong></p>';
    const after = tiktokAdapter.findCounter(doc);
    expect(after).not.toBe(before);
    expect(after && tiktokAdapter.readCounter(after)).toMatchObject({ ok: true, value: 1301 });
  });

  it('reports a card showing "—" as unreadable, not its "+128" comparison or a neighbour', () => {
    const doc = dashboard();
    const card = cardOf(doc, 'Orders');
    (card.querySelector('[class*="value"]') as Element).textContent = '—';
    (card.querySelector('[class*="up"]') as Element).textContent = '+128';
    expect(tiktokAdapter.findCounter(doc)?.textContent).toBe('—');
    expect(read(doc)).toEqual({ ok: false, reason: expect.stringContaining('"—"') });
  });

  it('finds nothing on a page without an orders card, even with the sidebar and the product table', () => {
    const doc = dashboard();
    for (const label of ['Orders', 'SKU orders']) cardOf(doc, label).remove();
    expect(tiktokAdapter.findCounter(doc)).toBeNull();
  });
});
