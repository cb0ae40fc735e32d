import { parseCount } from '../../lib/parse-count';
import type { DashboardAdapter } from '../adapter';
import { findCounterByLabels } from '../counter-by-labels';
import { roomIdFromQuery, roomIdFromText } from '../room-id-text';
import { douyinNetwork } from './network';
import { douyinPaused } from './paused';

/**
 * Douyin's live screens for sellers, one adapter for the pages that show a live room's paid orders.
 * Test URLs (source of each in fixtures/PROVENANCE.md):
 * - Compass anchor screens (主播版大屏), documented: https://compass.jinritemai.com/screen/anchor/shop?live_room_id=7301234567890123456
 *   (a shop's stream) and https://compass.jinritemai.com/screen/anchor/talent?live_room_id=7301234567890123456 (a creator's)
 * - Compass live screen, reconstruction, unverified: https://compass.jinritemai.com/screen/live/shop?live_room_id=7301234567890123456
 *   (the talent one also puts it in the path: https://compass.jinritemai.com/screen/live/talent/live_room_id=7301234567890123456)
 * - Buyin live control desk (直播中控台): https://buyin.jinritemai.com/dashboard/live/control
 * - Doudian's copy of the desk, documented: https://fxg.jinritemai.com/ffa/buyin/dashboard/live/control
 * The room id comes from the URL (`live_room_id`, `room_id`), else from the page's "直播间ID：…" line, and
 * on the desk also from its `promotions_v2` data (network.ts).
 */
const PAGES: Record<string, readonly string[]> = {
  'compass.jinritemai.com': ['/screen/anchor/shop', '/screen/anchor/talent', '/screen/live/'],
  'buyin.jinritemai.com': ['/dashboard/live/control'],
  'fxg.jinritemai.com': ['/ffa/buyin/'],
};

/** `path` is the page `p` or below it: "/screen/anchor/shop" is not "/screen/anchor/shopping". */
const under = (path: string, p: string) =>
  p.endsWith('/') ? path.startsWith(p) : path === p || path.startsWith(`${p}/`);

/** In order of preference; the desk shows "Paid orders" when switched to English. */
const LABELS = ['成交订单数', '成交订单', '支付订单数', 'Paid orders'];

export const douyinAdapter: DashboardAdapter = {
  id: 'douyin',
  label: 'Douyin live screen',
  // Whole origins: these are single-page apps, so the live page is often reached without a reload;
  // `matches` decides by path.
  hosts: Object.keys(PAGES).map((host) => `https://${host}/*`),
  streamPrefix: 'douyin',
  matches: (url) =>
    url.protocol === 'https:' &&
    Object.hasOwn(PAGES, url.hostname) &&
    PAGES[url.hostname].some((p) => under(url.pathname, p)),
  streamId: (url, doc) => {
    const room =
      roomIdFromQuery(url, ['live_room_id', 'room_id']) ??
      /(?:^|\/)live_room_id=(\d{6,25})(?:\/|$)/.exec(url.pathname)?.[1] ??
      roomIdFromText(doc, ['直播间ID', 'Room ID']);
    return room ? `douyin:${room}` : null;
  },
  findCounter: (doc) => findCounterByLabels(doc, LABELS),
  readCounter: (el) => parseCount(el.textContent ?? ''),
  network: douyinNetwork,
  // The feed's shape and the addresses are documented; the counters' markup and the dialogs' wording are not.
  verified: false,
  paused: douyinPaused,
};
