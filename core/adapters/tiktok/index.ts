import { parseCount } from '../../lib/parse-count';
import type { DashboardAdapter } from '../adapter';
import { findCounterByLabels } from '../counter-by-labels';
import { roomIdFromQuery, roomIdFromText } from '../room-id-text';
import { tiktokNetwork } from './network';

/**
 * TikTok Shop's LIVE dashboard (Seller Center, per region) and LIVE Manager.
 * Test URLs:
 * - https://seller-us.tiktok.com/compass/live-dashboard?room_id=7301234567890123456&shop_region=US
 * - https://seller-sea.tiktok.com/compass/live-dashboard?room_id=7301234567890123456&shop_region=MY
 * - https://seller.tiktokshopglobalselling.com/compass/live-dashboard?room_id=7301234567890123456
 * - LIVE Manager: https://shop.tiktok.com/streamer/live/manager (the room id only in the page: "LIVE ID 7301…")
 * A page is a LIVE page when one of its path segments starts with "live" ("live-dashboard", "live_manager").
 */
const SELLER_HOSTS = [
  'seller-us.tiktok.com',
  'seller-uk.tiktok.com',
  'seller-sea.tiktok.com',
  'seller-mx.tiktok.com',
  'seller-eu.tiktok.com',
  'seller.tiktokshopglobalselling.com',
];
const MANAGER_HOST = 'shop.tiktok.com';

const isLivePath = (path: string) => path.split('/').some((seg) => /^live(?:$|[-_])/i.test(seg));

/**
 * In order of preference. "SKU orders" counts order lines (an order of two SKUs counts twice), so it is
 * read only on a page showing neither paid orders nor orders.
 */
const LABELS = ['Paid orders', 'Orders', 'SKU orders'];

export const tiktokAdapter: DashboardAdapter = {
  id: 'tiktok',
  label: 'TikTok Shop LIVE dashboard',
  // Whole origins: Seller Center is a single-page app, so the LIVE page is often reached without a reload.
  hosts: [...SELLER_HOSTS, MANAGER_HOST].map((host) => `https://${host}/*`),
  streamPrefix: 'tiktok',
  matches: (url) =>
    url.protocol === 'https:' &&
    isLivePath(url.pathname) &&
    (SELLER_HOSTS.includes(url.hostname) || (url.hostname === MANAGER_HOST && url.pathname.startsWith('/streamer/'))),
  streamId: (url, doc) => {
    const room = roomIdFromQuery(url, ['room_id', 'roomId', 'live_id']) ?? roomIdFromText(doc, ['Room ID', 'LIVE ID']);
    return room ? `tiktok:${room}` : null;
  },
  findCounter: (doc) => findCounterByLabels(doc, LABELS),
  readCounter: (el) => parseCount(el.textContent ?? ''),
  network: tiktokNetwork,
};
