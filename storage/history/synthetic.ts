import type { OrderExport } from '../../core/exports/types';
import { seeded } from '../../core/lib/random';
import { stringColumn } from '../../core/lib/string-column';
import { CancelledBy, emptyOrders, OrderFlag } from '../../core/records/orders';

const HOUR = 3_600_000;
const CARRIERS = ['SF Express', 'ZTO', 'YTO', 'J&T Express', 'JD Logistics'];
const PRODUCTS = ['纯棉T恤 黑色', '羊毛袜', '真丝围巾', '针织帽', '陶瓷马克杯', '帆布包', '香薰蜡烛'];
const PROMISES = ['48小时发货', '次日发货', ''];
const REGIONS = ['浙江省', '江苏省', '广东省', '上海市', '北京市', '四川省', '山东省', '河南省', '湖北省', ''];

/**
 * A generated export of `n` orders for the benchmark and the large tests: paid about 10 s apart from
 * `start` in time order, 90 % shipped 2–30 h later, most shipped ones delivered 2–4 days after that,
 * 3 % cancelled by the buyer, 1 % unpaid, every column filled somewhere. Seeded: the same arguments
 * give the same export. No personal data, like any export. The created and ready-to-ship times, the
 * quantity, product, promise and region follow from the row number and the other columns, so adding
 * them did not change the random draws, nor any earlier column, of a given seed. The default id prefix
 * makes 19-digit ids shaped like Douyin's, which a backup restore checks order ids against.
 */
export function syntheticExport(
  n: number,
  {
    seed = 1,
    start = Date.UTC(2026, 6, 1),
    idPrefix = '6917000',
  }: { seed?: number; start?: number; idPrefix?: string } = {},
): OrderExport {
  const rnd = seeded(seed);
  const o = emptyOrders(n);
  o.length = n;
  const orderIds: string[] = new Array(n);
  const carrier: string[] = new Array(n);
  const liveRoomId: string[] = new Array(n);
  let t = start;
  for (let i = 0; i < n; i++) {
    t += Math.floor(rnd() * 20_000);
    orderIds[i] = `${idPrefix}${String(i).padStart(12, '0')}`;
    const unpaid = rnd() < 0.01;
    o.paidAt[i] = unpaid ? Number.NaN : t;
    o.shipBy[i] = unpaid ? Number.NaN : t + 48 * HOUR;
    o.deliverBy[i] = unpaid ? Number.NaN : t + 7 * 24 * HOUR;
    const fate = rnd();
    if (unpaid || fate < 0.03) {
      o.cancelledAt[i] = t + Math.floor(rnd() * 2 * HOUR);
      o.cancelledBy[i] = unpaid ? CancelledBy.system : CancelledBy.buyer;
    } else if (fate < 0.93) {
      o.shippedAt[i] = t + Math.floor((2 + rnd() * 28) * HOUR);
      if (rnd() < 0.85) o.deliveredAt[i] = o.shippedAt[i] + Math.floor((48 + rnd() * 48) * HOUR);
    }
    o.flags[i] = rnd() < 0.01 ? OrderFlag.excluded : 0;
    carrier[i] = Number.isNaN(o.shippedAt[i]) ? '' : CARRIERS[Math.floor(rnd() * CARRIERS.length)];
    liveRoomId[i] = rnd() < 0.6 ? String(7_300_000_000 + Math.floor(i / 5000)) : '';
    o.createdAt[i] = t - 1000 * (5 + (i % 50));
    o.rtsAt[i] = o.shippedAt[i] - HOUR * (1 + (i % 4)); // NaN when not shipped
  }
  const strings = (list: readonly string[], step: number) =>
    stringColumn(Array.from({ length: n }, (_, i) => list[Math.floor(i / step) % list.length]));
  return {
    format: 'douyin',
    orders: o,
    orderIds,
    meta: {
      carrier,
      liveRoomId,
      quantity: Uint32Array.from({ length: n }, (_, i) => 1 + (i % 3)),
      amountFen: new Float64Array(n).fill(2990),
      product: strings(PRODUCTS, 1),
      promise: strings(PROMISES, 7),
      region: strings(REGIONS, 3),
    },
    rows: n,
    rejected: [],
  };
}
