import type { OrderExport } from '../../core/exports/types';
import { stringColumn } from '../../core/lib/string-column';
import { MINUTE } from '../../core/lib/time';
import { type OrderRow, ordersFromRows } from '../../core/records/orders';
import { sh } from './helpers';

/**
 * A warehouse simulated minute by minute, FIFO, as it really ran (not as the settings say): orders paid
 * evenly over the day from Monday 2026-11-02 (Shanghai), the team on shift 09:00–18:00 packing at its true
 * speed (RTS when packed), carrier visits at 11:00 and 17:00 taking up to their true limit of packed
 * parcels within ten minutes, except the visits listed as missed ("<day>@<HH:MM>").
 */
export function warehouse(w: {
  days: number;
  ordersPerDay: number;
  /** Orders the whole team packs per minute while on shift. */
  packPerMinute: number;
  limit: number;
  missed?: string[];
  rts?: boolean;
}): OrderRow[] {
  const rows: OrderRow[] = [];
  let packed = 0; // FIFO: rows[0…packed) are packed
  let shipped = 0;
  let credit = 0;
  const start = sh('2026-11-02', '00:00');
  const every = 1440 / w.ordersPerDay;
  for (let m = 0; m < w.days * 1440; m++) {
    const t = start + m * MINUTE;
    const clock = m % 1440;
    while (rows.length < Math.floor((m + 1) / every)) rows.push({ paidAt: t });
    if (clock >= 9 * 60 && clock < 18 * 60) {
      credit += w.packPerMinute;
      while (credit >= 1 && packed < rows.length) {
        if (w.rts !== false) rows[packed].rtsAt = t;
        packed++;
        credit--;
      }
      if (packed === rows.length) credit = 0; // an idle team banks no speed
    }
    const visit = `${Math.floor(m / 1440)}@${clock === 11 * 60 ? '11:00' : '17:00'}`;
    if ((clock === 11 * 60 || clock === 17 * 60) && !w.missed?.includes(visit)) {
      for (let k = 0; shipped < packed && k < w.limit; k++) rows[shipped++].shippedAt = t + (k % 10) * MINUTE;
    }
  }
  return rows;
}

/** The rows as an imported TikTok export holds them (no product, promise or region), for the store. */
export function asExport(rows: OrderRow[]): OrderExport {
  const n = rows.length;
  const blank = () => stringColumn(Array.from({ length: n }, () => ''));
  return {
    format: 'tiktok',
    orders: ordersFromRows(rows),
    orderIds: rows.map((_, i) => `5764${String(i).padStart(14, '0')}`),
    meta: {
      carrier: rows.map(() => 'USPS'),
      liveRoomId: rows.map(() => ''),
      quantity: new Uint32Array(n).fill(1),
      amountFen: new Float64Array(n).fill(1000),
      product: blank(),
      promise: blank(),
      region: blank(),
    },
    rows: n,
    rejected: [],
  };
}
