import { parseCount } from '../../lib/parse-count';
import type { DashboardAdapter } from '../adapter';
import { findCounterByLabels } from '../counter-by-labels';
import { roomIdFromQuery, roomIdFromText } from '../room-id-text';

/**
 * TikTok Shop's LIVE dashboard in Seller Center (per region). LIVE Manager is its own adapter
 * (live-manager.ts): another page shape, and it shows no room id.
 * Test URLs:
 * - https://seller-us.tiktok.com/compass/live-dashboard?room_id=7301234567890123456&shop_region=US
 * - https://seller-sea.tiktok.com/compass/live-dashboard?room_id=7301234567890123456&shop_region=MY
 * - https://seller.tiktokshopglobalselling.com/compass/live-dashboard?room_id=7301234567890123456
 * A page is a LIVE page when one of its path segments starts with "live" ("live-dashboard", "live_analytics").
 * The DOM only: TikTok's LIVE figures arrive as signed XHR and protobuf frames, and no public source
 * documents a JSON endpoint worth tapping (the `realtime_stats` once read here had none).
 */
export const SELLER_HOSTS = [
  'seller-us.tiktok.com',
  'seller-uk.tiktok.com',
  'seller-sea.tiktok.com',
  'seller-mx.tiktok.com',
  'seller-eu.tiktok.com',
  'seller.tiktokshopglobalselling.com',
];

const isLivePath = (path: string) => path.split('/').some((seg) => /^live(?:$|[-_])/i.test(seg));

/**
 * In order of preference. TikTok's Seller University names "Orders" and "SKU orders" among the LIVE
 * metrics; "SKU orders" counts order lines (an order of two SKUs counts twice), so it is read only on
 * a page showing neither paid orders nor orders.
 */
export const TIKTOK_ORDER_LABELS = ['Paid orders', 'Orders', 'SKU orders'];

export const tiktokAdapter: DashboardAdapter = {
  id: 'tiktok',
  label: 'TikTok Shop LIVE dashboard',
  // Whole origins: Seller Center is a single-page app, so the LIVE page is often reached without a reload.
  hosts: SELLER_HOSTS.map((host) => `https://${host}/*`),
  streamPrefix: 'tiktok',
  matches: (url) => url.protocol === 'https:' && SELLER_HOSTS.includes(url.hostname) && isLivePath(url.pathname),
  // No local stream here: a Seller Center LIVE page without a room is a list or an analysis, not one stream.
  streamId: (url, doc) => {
    const room = roomIdFromQuery(url, ['room_id', 'roomId', 'live_id']) ?? roomIdFromText(doc, ['Room ID', 'LIVE ID']);
    return room ? `tiktok:${room}` : null;
  },
  findCounter: (doc) => findCounterByLabels(doc, TIKTOK_ORDER_LABELS),
  readCounter: (el) => parseCount(el.textContent ?? ''),
  // Its page is a hand-written reconstruction (fixtures/PROVENANCE.md).
  verified: false,
};
