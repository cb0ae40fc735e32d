// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tiktokOrderTabs } from './order-tabs';

// Reconstructions of Seller Center's Manage Orders page (fixtures/PROVENANCE.md). happy-dom replaces the
// global URL, so file paths are built with node:path.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const load = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(join(dir, name), 'utf8'), 'text/html');

describe('TikTok Manage Orders tabs: which pages', () => {
  it('matches the order pages of every Seller Center region', () => {
    for (const href of [
      'https://seller-us.tiktok.com/order?tab=to_ship',
      'https://seller-sea.tiktok.com/order/list?shop_region=MY',
      'https://seller.tiktokshopglobalselling.com/orders',
    ]) {
      expect(tiktokOrderTabs.matches(new URL(href), document), href).toBe(true);
    }
  });

  it('does not match the LIVE dashboard, other pages, look-alike hosts or plain http', () => {
    for (const href of [
      'https://seller-us.tiktok.com/compass/live-dashboard?room_id=7301234567890123456',
      'https://seller-us.tiktok.com/ordering-guide',
      'https://seller-us.tiktok.com.evil.example/order',
      'http://seller-us.tiktok.com/order',
      'https://shop.tiktok.com/order',
    ]) {
      expect(tiktokOrderTabs.matches(new URL(href), document), href).toBe(false);
    }
  });

  it('has its pages inside the TikTok content script’s, and says it is unverified', () => {
    expect(tiktokOrderTabs.hosts).toContain('https://seller-us.tiktok.com/order*');
    expect(tiktokOrderTabs.verified).toBe(false);
  });
});

describe('TikTok Manage Orders tabs: the counts a seller reads off the page', () => {
  it('reads "Awaiting shipment (1,116)" and "Awaiting collection (312)", not the sidebar badge or the list', () => {
    expect(tiktokOrderTabs.readStages(load('order-tabs-parentheses.html'))).toEqual({
      pickPack: 1116,
      shipTransport: 312,
    });
  });

  it('reads counts drawn in badge elements beside the labels', () => {
    expect(tiktokOrderTabs.readStages(load('order-tabs-badge.html'))).toEqual({ pickPack: 1116, shipTransport: 312 });
  });

  it('takes To ship minus Awaiting collection when Awaiting shipment shows no count', () => {
    // To ship 1428 holds both statuses: 1428 − 312 = 1116 orders still to pack.
    expect(tiktokOrderTabs.readStages(load('order-tabs-to-ship-only.html'))).toEqual({
      pickPack: 1116,
      shipTransport: 312,
    });
  });

  it('reads nothing while the tabs have no counts yet (not zero)', () => {
    expect(tiktokOrderTabs.readStages(load('order-tabs-loading.html'))).toBeNull();
  });

  it('leaves out what does not add up: To ship below Awaiting collection', () => {
    const doc = load('order-tabs-to-ship-only.html');
    const toShip = Array.from(doc.querySelectorAll('[role="tab"]')).find((li) => li.textContent === 'To ship 1428');
    if (!toShip) throw new Error('fixture has no "To ship 1428" tab');
    toShip.textContent = 'To ship 300';
    expect(tiktokOrderTabs.readStages(doc)).toEqual({ shipTransport: 312 });
  });
});
