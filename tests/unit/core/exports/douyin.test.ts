import { describe, expect, it } from 'vitest';
import { douyinCancelledBy } from '../../../../core/exports/douyin';
import { CancelledBy, OrderFlag } from '../../../../core/records/orders';
import { allOrders, at, csv, fixtureText, order, read, shanghai } from './helpers';

const NaN_ = Number.NaN;
const text = fixtureText('douyin-orders.utf8.csv');
const HEADER = [
  '主订单编号',
  '商品数量',
  '订单应付金额',
  '支付完成时间',
  '发货时间',
  '订单完成时间',
  '订单状态',
  '取消原因',
];

describe('Douyin 抖店 export', () => {
  const x = read('douyin-orders.utf8.csv', text, shanghai);

  it('is recognised, with "\\t"-wrapped ids unwrapped and one row per 主订单', () => {
    expect(x.format).toBe('douyin');
    expect(x.rows).toBe(6);
    expect(x.orderIds).toEqual([
      '6917591234567890101',
      '6917591234567890102',
      '6917591234567890103',
      '6917591234567890104',
    ]);
    expect(x.rejected).toEqual([]);
  });

  it('maps every column it reads', () => {
    const room = '7301234567890123456'; // "\t7301…" in the file
    expect(allOrders(x)).toEqual([
      {
        id: '6917591234567890101',
        paidAt: at('2026-11-24T19:58:31+08:00'),
        shippedAt: at('2026-11-25T16:40:05+08:00'),
        deliveredAt: NaN_, // 已完成, but 订单完成时间 is the buyer's confirmation, not the delivery
        cancelledAt: NaN_,
        cancelledBy: CancelledBy.none,
        flags: OrderFlag.noDeliveryTime, // so the model judges no delivery for it
        deliverBy: NaN_,
        shipBy: NaN_,
        carrier: '中通快递', // "中通快递 75891234567890": the tracking number is dropped
        liveRoomId: room,
        quantity: 3,
        amountFen: 17970, // 59.90 + 119.80: each 子订单 carries its own amount
      },
      {
        id: '6917591234567890102',
        paidAt: at('2026-11-25T08:01:45+08:00'),
        shippedAt: at('2026-11-25T17:05:00+08:00'), // "2026/11/25 17:05"
        deliveredAt: NaN_, // 已发货
        cancelledAt: NaN_,
        cancelledBy: CancelledBy.none,
        flags: OrderFlag.noDeliveryTime,
        deliverBy: NaN_,
        shipBy: NaN_,
        carrier: '圆通速递', // "圆通速递:YT8812345678901"
        liveRoomId: room,
        quantity: 2,
        amountFen: 6490,
      },
      {
        id: '6917591234567890103',
        paidAt: at('2026-11-24T21:15:00+08:00'),
        shippedAt: NaN_,
        deliveredAt: NaN_, // 已关闭: 订单完成时间 is the closing, not a delivery
        cancelledAt: at('2026-11-24T21:40:12+08:00'),
        cancelledBy: CancelledBy.buyer, // 不想要了
        flags: OrderFlag.noDeliveryTime,
        deliverBy: NaN_,
        shipBy: NaN_,
        carrier: '',
        liveRoomId: room,
        quantity: 1,
        amountFen: 5990,
      },
      {
        id: '6917591234567890104',
        paidAt: at('2026-11-25T10:00:00+08:00'),
        shippedAt: at('2026-11-25T17:30:00+08:00'),
        deliveredAt: NaN_,
        cancelledAt: NaN_,
        cancelledBy: CancelledBy.none,
        flags: OrderFlag.excluded | OrderFlag.noDeliveryTime, // 订单应付金额 0.00: a gift
        deliverBy: NaN_,
        shipBy: NaN_,
        carrier: '中通快递',
        liveRoomId: '', // "0": not from a live room
        quantity: 1,
        amountFen: 0,
      },
    ]);
  });

  it('reads the GBK copy of the file exactly like the UTF-8 one', () => {
    expect(read('douyin-orders.gbk.csv', fixtureText('douyin-orders.gbk.csv'), shanghai)).toEqual(x);
  });
});

describe('Douyin status and cancellation rules', () => {
  const one = (status: string, reason: string, finished = '2026-12-03 12:00:00') =>
    order(
      read(
        's.csv',
        csv([HEADER, ['6917591234567890199', '1', '10.00', '2026-12-01 10:00:00', '', finished, status, reason]]),
        shanghai,
      ),
      0,
    );

  it.each(['已完成', '已签收'])('%s: 订单完成时间 is the buyer confirming receipt, never a delivery time', (status) => {
    expect(one(status, '')).toMatchObject({ deliveredAt: NaN_, cancelledAt: NaN_, flags: OrderFlag.noDeliveryTime });
  });

  it.each(['待发货', '已发货', '备货中'])('%s: no delivery, whatever 订单完成时间 says', (status) => {
    expect(one(status, '')).toMatchObject({ deliveredAt: NaN_, cancelledAt: NaN_, cancelledBy: CancelledBy.none });
  });

  it('a cancel reason on an order that shipped anyway is not a cancellation', () => {
    expect(one('已发货', '不想要了').cancelledBy).toBe(CancelledBy.none);
  });

  it.each(['已关闭', '已取消', '交易关闭'])('%s: cancelled at 订单完成时间', (status) => {
    expect(one(status, '')).toMatchObject({
      cancelledAt: at('2026-12-03T12:00:00+08:00'),
      cancelledBy: CancelledBy.buyer,
      deliveredAt: NaN_,
    });
  });

  it.each([
    ['不想要了', CancelledBy.buyer],
    ['拍错了/多拍了', CancelledBy.buyer],
    ['快递太慢', CancelledBy.buyer], // names no one: not guessed to be the seller
    ['', CancelledBy.buyer],
    ['商家缺货', CancelledBy.seller],
    ['商家超时未发货', CancelledBy.seller], // the merchant, although it says 超时
    ['卖家协商取消', CancelledBy.seller],
    ['无货', CancelledBy.seller],
    ['超时未支付', CancelledBy.system],
    ['系统自动取消', CancelledBy.system],
    ['平台风控拦截', CancelledBy.platform],
  ])('取消原因 %j → %i', (reason, code) => {
    expect(douyinCancelledBy(reason)).toBe(code);
    expect(one('已关闭', reason).cancelledBy).toBe(code);
  });

  it.each([
    ['2026-12-01 10:00:00', '2026-12-01T10:00:00+08:00'],
    ['2026/12/01 10:00', '2026-12-01T10:00:00+08:00'],
    ['2026/12/01 10:00:07', '2026-12-01T10:00:07+08:00'],
  ])('reads the time %j', (paid, iso) => {
    const t = csv([HEADER, ['6917591234567890199', '1', '10.00', paid, '', '', '待发货', '']]);
    expect(order(read('t.csv', t, shanghai), 0).paidAt).toBe(at(iso));
  });

  it('refuses day-first slash dates, which 抖店 never writes', () => {
    const t = csv([HEADER, ['6917591234567890199', '1', '10.00', '01/12/2026 10:00:00', '', '', '待发货', '']]);
    expect(read('t.csv', t, shanghai).rejected).toEqual([
      { row: 2, field: '支付完成时间', reason: 'not a date and time like YYYY-MM-DD HH:MM:SS or YYYY/MM/DD HH:MM' },
    ]);
  });
});
