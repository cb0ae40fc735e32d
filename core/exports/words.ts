import { CancelledBy } from '../records/orders';
import type { ExportWarning } from './types';

/**
 * The words the exports print in columns whose values only confirm what the time and cancel columns
 * say. Seller Center prints Order Status in the seller's language under English headers (domain §5:
 * Thai "จัดส่งแล้ว", Chinese "运输中" seen in public code); English values come from the fixtures and
 * public code, and the other translations are ours [reconstruction, unverified]. A word missing here
 * costs one warning, never an order: the reader decides from the times and the cancel columns.
 */

/** Words compare without case, spacing or Unicode composition (a Vietnamese "ã" typed as a + ◌̃). */
export const wordKey = (w: string): string => w.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const words = (...list: string[]): ReadonlySet<string> => new Set(list.map(wordKey));

export const TIKTOK_STATUSES = words(
  ...['Unpaid', 'On hold', 'Awaiting shipment', 'To ship', 'Ready to ship', 'Awaiting collection', 'Shipped'],
  ...['Partially shipped', 'Partially shipping', 'In transit', 'Delivered', 'Completed', 'Cancelled', 'Canceled'],
  // Thai
  ...['ยังไม่ชำระเงิน', 'รอจัดส่ง', 'รอการจัดส่ง', 'รอขนส่งเข้ารับ', 'จัดส่งแล้ว', 'อยู่ระหว่างจัดส่ง'],
  ...['อยู่ระหว่างการขนส่ง', 'จัดส่งสำเร็จ', 'สำเร็จแล้ว', 'เสร็จสมบูรณ์', 'ยกเลิกแล้ว', 'ยกเลิก'],
  // Vietnamese ("Đã hủy" and "Đã huỷ" are both in use: the tone mark sits on u or on y)
  ...['Chưa thanh toán', 'Chờ vận chuyển', 'Chờ giao hàng', 'Chờ lấy hàng', 'Đã vận chuyển', 'Đang vận chuyển'],
  ...['Đang giao', 'Đã giao', 'Đã giao hàng', 'Hoàn thành', 'Đã hoàn thành', 'Đã hủy', 'Đã huỷ'],
  // Indonesian
  ...['Belum dibayar', 'Menunggu pengiriman', 'Perlu dikirim', 'Siap dikirim', 'Menunggu diambil', 'Dikirim'],
  ...['Dalam pengiriman', 'Dalam perjalanan', 'Terkirim', 'Selesai', 'Dibatalkan'],
  // Malay
  ...['Menunggu penghantaran', 'Perlu dihantar', 'Menunggu pengambilan', 'Dihantar', 'Dalam transit'],
  ...['Sedang dihantar', 'Telah dihantar'],
  // Spanish
  ...['No pagado', 'Pendiente de pago', 'En espera', 'Pendiente de envío', 'Por enviar', 'Esperando recogida'],
  ...['Pendiente de recogida', 'Enviado', 'En tránsito', 'Entregado', 'Completado', 'Cancelado'],
  // Chinese
  ...['待付款', '待发货', '待揽收', '已发货', '运输中', '已送达', '已签收', '已完成', '已取消'],
);

/** 抖店's 订单状态 values [reconstruction from the back office's tabs, unverified beyond the fixtures]. */
export const DOUYIN_STATUSES = words(
  ...['待付款', '待支付', '待确认', '备货中', '待发货', '部分发货', '已发货', '待收货', '已签收', '已完成'],
  ...['交易成功', '已关闭', '已取消', '交易关闭'],
);

/** "Normal or Pre-order": empty on sample orders (seen in public code that reads the export). */
export const PRE_ORDER = words('Pre-order', 'Preorder', 'Pre order', 'Presale', 'Pre-sale');
export const ORDER_TYPES = new Set([...PRE_ORDER, ...words('Normal')]);

/** `Cancel By`, English as Seller Center prints it (older exports say "User"), then translated [unverified]. */
export const CANCEL_BY = new Map<string, number>([
  ...['buyer', 'user', 'customer', '买家', 'ผู้ซื้อ', 'người mua', 'pembeli', 'comprador'].map(
    (w) => [wordKey(w), CancelledBy.buyer] as const,
  ),
  ...['seller', '卖家', '商家', 'ผู้ขาย', 'người bán', 'penjual', 'vendedor'].map(
    (w) => [wordKey(w), CancelledBy.seller] as const,
  ),
  ...['system', '系统', 'ระบบ', 'hệ thống', 'sistem', 'sistema'].map((w) => [wordKey(w), CancelledBy.system] as const),
  ...['platform', 'tiktok', '平台', 'แพลตฟอร์ม', 'nền tảng', 'plataforma'].map(
    (w) => [wordKey(w), CancelledBy.platform] as const,
  ),
]);

/** A column whose unknown values are warned about: the words known, and what the reader did with the rows. */
export type Vocabulary = { known: ReadonlySet<string>; instead: string };

/** Distinct values counted per column: a status column has a dozen; past this it is no status column. */
const MAX_VALUES = 50;
/** A value is quoted in a warning only this long: it names a status, never someone's text. */
const SHOWN_CHARS = 32;

/** Counts a column's values row by row (one Map lookup per row) and checks each distinct value once at the end. */
export function wordTally(field: string, vocab: Vocabulary) {
  const seen = new Map<string, { rows: number; row: number }>();
  let uncounted = 0;
  let firstUncounted = 0;
  return {
    add(value: string, row: number): void {
      const s = seen.get(value);
      if (s) s.rows++;
      else if (seen.size < MAX_VALUES) seen.set(value, { rows: 1, row });
      else if (uncounted++ === 0) firstUncounted = row;
    },
    warnings(): ExportWarning[] {
      const out: ExportWarning[] = [];
      for (const [value, { rows, row }] of seen) {
        if (value === '' || vocab.known.has(wordKey(value))) continue;
        const shown = Array.from(value).slice(0, SHOWN_CHARS).join('');
        const on = `on ${rows} ${rows === 1 ? 'row' : 'rows'} (first: row ${row})`;
        const message = `${field} "${shown}" ${on} is not a value this reader knows: ${vocab.instead}`;
        out.push({ field, value: shown, rows, row, message });
      }
      if (uncounted > 0) {
        const message = `${field}: ${uncounted} more rows (first: row ${firstUncounted}) hold other values, not checked`;
        out.push({ field, value: '', rows: uncounted, row: firstUncounted, message });
      }
      return out;
    },
  };
}
