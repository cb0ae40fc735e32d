import { parseCount } from '../../lib/parse-count';
import type { DashboardAdapter } from '../adapter';
import { findCounterByLabels } from '../counter-by-labels';
import { roomIdFromQuery, roomIdFromText } from '../room-id-text';
import { douyinNetwork } from './network';

/**
 * Douyin's live screens for sellers, one adapter for the three pages that show a live room's paid orders.
 * Test URLs:
 * - Compass live screen (大屏): https://compass.jinritemai.com/screen/live/shop?live_room_id=7301234567890123456
 *   (the talent screen also puts it in the path: https://compass.jinritemai.com/screen/live/talent/live_room_id=7301234567890123456)
 * - Buyin live control desk (直播中控台): https://buyin.jinritemai.com/dashboard/live/control
 * - Doudian's copy of the desk: https://fxg.jinritemai.com/ffa/buyin/dashboard/live/control
 * The room id comes from the URL (`live_room_id`, `room_id`), else from the page's "直播间ID：…" line (the desk).
 */
const PAGES: Record<string, string> = {
  'compass.jinritemai.com': '/screen/',
  'buyin.jinritemai.com': '/dashboard/live/control',
  'fxg.jinritemai.com': '/ffa/buyin/',
};

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
    url.protocol === 'https:' && Object.hasOwn(PAGES, url.hostname) && url.pathname.startsWith(PAGES[url.hostname]),
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
};
