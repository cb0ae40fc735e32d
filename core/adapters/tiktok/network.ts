import type { NetworkTap } from '../adapter';
import { count, envelope, guarded, id, obj } from '../json-fields';
import { roomIdFromQuery } from '../room-id-text';

/**
 * The real-time figures TikTok Shop's LIVE pages poll:
 * `…/api/v1/compass/live/realtime_stats?room_id=…` → `{ code: 0, message: "success", data: { room_id,
 * room_status, stats: { orders: "1,234" | 1234, sku_orders, items_sold, gmv: { amount, currency }, … } } }`.
 * `stats.orders` is the paid orders the "Orders" tile shows (`sku_orders` counts order lines and is not
 * read). The room comes from `data.room_id_str`, `data.room_id`, else the request's `room_id`.
 */
export const tiktokNetwork: NetworkTap = {
  paths: ['realtime_stats'],
  parse(url, body) {
    if (!url.pathname.includes('realtime_stats'))
      return { ok: false, reason: `not a TikTok LIVE endpoint: ${url.pathname}` };
    return guarded('realtime_stats', () => {
      const data = obj(envelope(body).data, 'data');
      const stats = obj(data.stats, 'data.stats');
      const roomId =
        data.room_id_str !== undefined
          ? id(data.room_id_str, 'data.room_id_str')
          : data.room_id !== undefined
            ? id(data.room_id, 'data.room_id')
            : roomIdFromQuery(url, ['room_id']);
      return [{ kind: 'paid-total', paidOrders: count(stats.orders, 'data.stats.orders'), roomId }];
    });
  },
};
