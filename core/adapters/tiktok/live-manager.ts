import { parseCount } from '../../lib/parse-count';
import type { DashboardAdapter } from '../adapter';
import { findCounterByLabels } from '../counter-by-labels';
import { roomIdFromQuery, roomIdFromText } from '../room-id-text';
import { TIKTOK_ORDER_LABELS } from './index';

/**
 * TikTok LIVE Manager, the streamer's desk during a LIVE.
 * Test URLs:
 * - https://shop.tiktok.com/streamer/live/product/dashboard
 * - https://shop.tiktok.com/streamer/live/product/dashboard?tool_tab=auction
 * Known of the page (../shared/domain/logistics-score.md §5: an open-source tracker inspected it live
 * in 2026-08): stable anchors are `data-tid="m4b_*"` attributes, not class names; the one
 * `[data-tid="m4b_space"]` holds the Sold items list (a row per sale, never a total); the LIVE analytics
 * card sits under `#guide-Step-2` ("Attributed GMV" as "$4,087.01" or compact "$4.64K"); no room id is
 * shown. Where the orders figure sits and its label are not documented: it is looked for by the labels
 * TikTok uses on its other LIVE pages, in the analytics card first.
 */
const HOST = 'shop.tiktok.com';
const PATH = '/streamer/live/product/dashboard';
// The tracker met both spellings of the card's id.
const ANALYTICS = '#guide-Step-2, #guide-step-2';
const SOLD_ITEMS = '[data-tid="m4b_space"]';

export const tiktokLiveManagerAdapter: DashboardAdapter = {
  id: 'tiktok-live-manager',
  label: 'TikTok LIVE Manager',
  // The whole origin: a single-page app, reached from other shop.tiktok.com pages without a reload.
  hosts: [`https://${HOST}/*`],
  streamPrefix: 'tiktok',
  matches: (url) => url.protocol === 'https:' && url.hostname === HOST && url.pathname.replace(/\/+$/, '') === PATH,
  // Never seen on the page; read should one appear. Without it, capture names the stream locally.
  streamId: (url, doc) => {
    const room = roomIdFromQuery(url, ['room_id', 'roomId']) ?? roomIdFromText(doc, ['Room ID', 'LIVE ID']);
    return room ? `tiktok:${room}` : null;
  },
  localStreamWhenNoRoom: true,
  findCounter: (doc) => {
    const card = doc.querySelector(ANALYTICS);
    const inCard = card && findCounterByLabels(scopedTo(card), TIKTOK_ORDER_LABELS);
    if (inCard) return inCard;
    const elsewhere = findCounterByLabels(doc, TIKTOK_ORDER_LABELS);
    return elsewhere && !elsewhere.closest(SOLD_ITEMS) ? elsewhere : null;
  },
  // "987" exact, "4.64K" approximate; "$4.64K" is money (the GMV figure) and is refused.
  readCounter: (el) => parseCount(el.textContent ?? ''),
  // Orders' place and label on this page are a reconstruction (fixtures/PROVENANCE.md).
  verified: false,
};

/** The label finder reads a document's `body` only: with the card standing in, no tile reaches outside it. */
const scopedTo = (root: Element) => ({ body: root, documentElement: root }) as unknown as Document;
