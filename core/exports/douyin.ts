import { CancelledBy, OrderFlag, productKey } from '../records/orders';
import { commonScratch, type FormatSpec, firstOf, readCommon } from './format';
import { carrierName } from './values';
import { DOUYIN_STATUSES } from './words';

/**
 * Douyin 抖店 order export: one row per 子订单 (SKU line) under its 主订单编号 (order). Everything not
 * listed here — 收件人, 收件人手机号, 市/区/街道, 详细地址, 买家留言, the `##…`/`$$…` encrypted
 * copies of them, 商家备注, 达人昵称 — is never read. Of the address only 省 is, and only a province's
 * name survives it (regions.ts). The export has no ready-to-ship time and no promise column.
 */
const columns = {
  orderId: '主订单编号',
  quantity: '商品数量',
  amount: '订单应付金额',
  createdAt: '订单提交时间',
  paidAt: '支付完成时间',
  shippedAt: '发货时间',
  finishedAt: '订单完成时间',
  status: '订单状态',
  cancelReason: '取消原因',
  carrier: '快递信息',
  liveRoomId: '直播间ID',
  product: '选购商品',
  sellerSku: '商家编码',
  region: '省',
} as const;
type Column = keyof typeof columns;

/** 订单状态 values of a cancelled order: the only place the export says so (it has no cancel-time column). */
const CLOSED = new Set(['已关闭', '已取消', '交易关闭']);

/**
 * Who cancelled, from the reason text. Only an explicit mention moves the cancellation away from the
 * buyer: the buyer picks the reason from a list, most reasons are the buyer's own ("不想要了",
 * "拍错了"), and reading "快递太慢" as the seller's fault would be a guess. Stock-outs (缺货/无货)
 * count as the seller's, as TikTok's SFCR counts them (§3). The merchant wins over the system:
 * "商家超时未发货" is the merchant's fault although it says 超时.
 */
export function douyinCancelledBy(reason: string): number {
  if (/商家|卖家|店家|店铺|缺货|无货/.test(reason)) return CancelledBy.seller;
  if (/平台|风控/.test(reason)) return CancelledBy.platform;
  if (/系统|超时|自动/.test(reason)) return CancelledBy.system;
  return CancelledBy.buyer;
}

const TIMES = ['createdAt', 'paidAt', 'shippedAt', 'finishedAt'] as const;
const t = commonScratch(TIMES.length);
const T = t.times;

export const douyin: FormatSpec<Column> = {
  format: 'douyin',
  label: 'Douyin 抖店',
  columns,
  key: 'orderId',
  // 快递信息, 直播间ID, 订单提交时间, 选购商品, 商家编码 and 省 are context; every other column changes what
  // the model computes.
  required: ['orderId', 'quantity', 'amount', 'paidAt', 'shippedAt', 'finishedAt', 'status', 'cancelReason'],
  amountPerLine: true,
  slash: () => 'none',
  words: { status: { known: DOUYIN_STATUSES, instead: 'those orders were read from their times, as not cancelled' } },
  line(get, time) {
    const problem = readCommon(get, time, TIMES, '29.90', t);
    if (problem) return problem;
    const room = get('liveRoomId');
    // '0' and '-' are how the export says "not sold in a live room".
    const liveRoomId = room === '' || room === '-' || room === '0' ? '' : room;
    if (liveRoomId !== '' && !/^\d{1,24}$/.test(liveRoomId)) return { column: 'liveRoomId', reason: 'not a room id' };
    const status = get('status');
    const closed = CLOSED.has(status);
    return {
      orderId: t.orderId,
      quantity: t.quantity,
      amountFen: t.amountFen,
      createdAt: T[0],
      paidAt: T[1],
      rtsAt: Number.NaN,
      // 发货时间 is when the merchant clicked "ship" or uploaded the tracking number, which may be
      // before the carrier's pickup scan that the score measures (§2.4); it is still the best shipping
      // time the export gives.
      shippedAt: T[2],
      // 订单完成时间 is the buyer's (or the automatic) receipt confirmation, days after sign-for (domain
      // §5): never a delivery time. The export has no sign-for time, so its orders carry no delivery
      // and the flag tells the model not to judge one (core/model/ship-by-orders.ts).
      deliveredAt: Number.NaN,
      // A closed order's 订单完成时间 is when it closed [assumed: no public column reference]. A closed
      // order may have none and is cancelled all the same, at a time unknown (NaN; records/orders.ts).
      cancelledAt: closed ? T[3] : Number.NaN,
      // The status says whether the order was cancelled; the reason only says by whom (a reason left
      // on an order that went on to ship is a rejected cancel request).
      cancelledBy: closed ? douyinCancelledBy(get('cancelReason')) : CancelledBy.none,
      flags: OrderFlag.noDeliveryTime,
      carrier: carrierName(get('carrier')),
      liveRoomId,
      product: firstOf(get('product'), get('sellerSku')),
      productKey: productKey(get('sellerSku'), get('product')),
      promise: '',
      region: get('region'),
    };
  },
};
