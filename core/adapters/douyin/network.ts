import type { NetworkReading, NetworkTap } from '../adapter';
import { count, envelope, guarded, id, list, obj, PayloadError, shown } from '../json-fields';

/**
 * The JSON the Douyin live screens poll (domain doc §5; each fixture's source in fixtures/PROVENANCE.md),
 * read by hand (no zod in the content script):
 *
 * - `…/live_order_stream?room_id=…` → `{ data: [{ item_num, nick_name, order_id (a string), order_status,
 *   order_ts (seconds), product_id, product_title }], msg }` (documented by an open-source live tool): a
 *   rolling window of the latest orders, again on every poll, so the reading carries ids and the capture
 *   counts each once. Status 3 is paid, 0/1 placed; only paid orders become readings, and of each only
 *   its id and payment time: `nick_name` (personal data), the product and the avatar never leave this file.
 *   Ids are read from `order_id_str` first, then `order_id`: a JSON number above 2^53 is already rounded
 *   when parsed (two orders can collapse into one id), so such a number alone is refused.
 * - `…/live_detail/today_live_room` → `{ code: 0, data: { card_list: [{ live_id, live_status,
 *   pay_order_cnt: { value }, … }] } }` (reconstruction): today's rooms, one paid total each, `live` false
 *   for the ones that have ended. GMV is not read (a reading has no place for it).
 * - `…/api/anchor/livepc/promotions_v2?…` → `{ data: { room_id, … } }` on the control desk (documented):
 *   the live room's id, which the desk's address lacks. No `room_id` means no room is live: nothing to name.
 */
const PAID = 3;

function liveOrderStream(url: URL, body: unknown): NetworkReading[] {
  const events = list(envelope(body).data, 'data');
  const orders: { id: string; paidAt: number }[] = [];
  events.forEach((raw, i) => {
    const e = obj(raw, `data[${i}]`);
    if (count(e.order_status, `data[${i}].order_status`) !== PAID) return;
    const orderId =
      e.order_id_str !== undefined
        ? id(e.order_id_str, `data[${i}].order_id_str`)
        : id(e.order_id, `data[${i}].order_id`);
    orders.push({ id: orderId, paidAt: seconds(e.order_ts, `data[${i}].order_ts`) * 1000 });
  });
  const room = url.searchParams.get('room_id') ?? url.searchParams.get('live_room_id');
  return [{ kind: 'paid-orders', orders, roomId: room && /^\d+$/.test(room) ? room : null }];
}

function todayLiveRoom(body: unknown): NetworkReading[] {
  const cards = list(obj(envelope(body).data, 'data').card_list, 'data.card_list');
  return cards.map((raw, i) => {
    const card = obj(raw, `data.card_list[${i}]`);
    const cnt = card.pay_order_cnt;
    const paidOrders =
      typeof cnt === 'object' && cnt !== null
        ? count((cnt as { value?: unknown }).value, `data.card_list[${i}].pay_order_cnt.value`)
        : count(cnt, `data.card_list[${i}].pay_order_cnt`);
    const reading = {
      kind: 'paid-total' as const,
      paidOrders,
      roomId: id(card.live_id, `data.card_list[${i}].live_id`),
    };
    // Today's earlier rooms are listed too: live_status 0 marks them, so the page's stream is the live one.
    const status = card.live_status;
    if (status === undefined) return reading;
    return {
      ...reading,
      live: typeof status === 'boolean' ? status : count(status, `data.card_list[${i}].live_status`) !== 0,
    };
  });
}

function promotions(body: unknown): NetworkReading[] {
  const data = obj(envelope(body).data, 'data');
  // The string form first, as for order ids: a 19-digit room id sent as a number is no longer exact.
  const [key, raw] = data.room_id_str !== undefined ? ['room_id_str', data.room_id_str] : ['room_id', data.room_id];
  if (raw === undefined || raw === null || raw === '' || raw === 0 || raw === '0') return [];
  return [{ kind: 'room', roomId: id(raw, `data.${key}`) }];
}

/** Epoch seconds (number or digit string); milliseconds are refused rather than read as a far future. */
function seconds(v: unknown, path: string): number {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n === 'number' && Number.isInteger(n) && n > 1e9 && n < 1e11) return n;
  throw new PayloadError(`${path} is ${shown(v)}, expected a time in epoch seconds`);
}

/** What `envelope` reads of every answer: its error code and message. */
const ENVELOPE = ['code', 'st', 'status_code', 'msg', 'message', 'status_msg'];

export const douyinNetwork: NetworkTap = {
  paths: ['live_order_stream', 'today_live_room', 'promotions_v2'],
  // Exactly what the readers above read: never nick_name, the avatar, the product or GMV.
  fields: {
    live_order_stream: [
      ...ENVELOPE,
      'data[].order_status',
      'data[].order_id_str',
      'data[].order_id',
      'data[].order_ts',
      '?room_id',
      '?live_room_id',
    ],
    today_live_room: [
      ...ENVELOPE,
      'data.card_list[].live_id',
      'data.card_list[].live_status',
      'data.card_list[].pay_order_cnt.value',
    ],
    promotions_v2: [...ENVELOPE, 'data.room_id_str', 'data.room_id'],
  },
  // The live screens only (index.ts's PAGES): the tap touches no other page of these sites.
  pages: [
    'https://compass.jinritemai.com/screen/anchor/shop*',
    'https://compass.jinritemai.com/screen/anchor/talent*',
    'https://compass.jinritemai.com/screen/live/*',
    'https://buyin.jinritemai.com/dashboard/live/control*',
    'https://fxg.jinritemai.com/ffa/buyin/*',
  ],
  parse(url, body) {
    const path = url.pathname;
    if (path.includes('live_order_stream')) return guarded('live_order_stream', () => liveOrderStream(url, body));
    if (path.includes('today_live_room')) return guarded('today_live_room', () => todayLiveRoom(body));
    if (path.includes('promotions_v2')) return guarded('promotions_v2', () => promotions(body));
    return { ok: false, reason: `not a Douyin live endpoint: ${path}` };
  },
};
