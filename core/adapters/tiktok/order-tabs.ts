import type { StageAdapter } from '../adapter';
import { stagesOf, tabCounter } from '../tab-counts';
import { SELLER_HOSTS } from './index';

/**
 * Seller Center's Manage Orders page (issue #15): its "To ship" tab holds two status tabs, "Awaiting
 * shipment" (paid, to be packed: pickPack) and "Awaiting collection" (packed and labelled, waiting for the
 * carrier: shipTransport), each label carrying its count. Sources: TikTok Shop Academy "Managing Orders on
 * Seller Center App" (2025-02-25), EchoTik "How to Manage Orders in TikTok Shop" (2024-06-24), Seller
 * University US "Manage Orders" (2025-03-17). The markup is a reconstruction (fixtures/PROVENANCE.md).
 * Test URLs: https://seller-us.tiktok.com/order?tab=to_ship, https://seller-sea.tiktok.com/order/list
 * "Shipped" counts every shipment, not today's: shippedToday is not read here.
 */
const isOrderPath = (path: string) => /^\/orders?(?:\/|$)/i.test(path);

/** Its pages as match patterns: the content script loads the stage watch only there (content/capture/stage-kit.ts). */
export const TIKTOK_ORDER_PAGES = SELLER_HOSTS.map((host) => `https://${host}/order*`);

export const tiktokOrderTabs: StageAdapter = {
  id: 'tiktok-orders',
  label: 'TikTok Shop Manage Orders',
  hosts: TIKTOK_ORDER_PAGES,
  matches: (url) => url.protocol === 'https:' && SELLER_HOSTS.includes(url.hostname) && isOrderPath(url.pathname),
  readStages: (doc) => {
    const count = tabCounter(doc);
    const collection = count(['Awaiting collection']);
    // A page showing only "To ship (N)" beside "Awaiting collection (M)": the rest of To ship awaits packing.
    const toShip = count(['To ship']);
    const rest = toShip !== null && collection !== null && toShip >= collection ? toShip - collection : null;
    return stagesOf({ pickPack: count(['Awaiting shipment']) ?? rest, shipTransport: collection });
  },
  verified: false,
};
