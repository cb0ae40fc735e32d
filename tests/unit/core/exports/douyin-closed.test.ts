import { describe, expect, it } from 'vitest';
import { CancelledBy } from '../../../../core/records/orders';
import { streamActuals } from '../../../../core/report/stream-actuals';
import { cardFor } from '../../../../core/scorecards';
import { settingsWith, sh } from '../../helpers';
import { fixtureText, order, read, shanghai } from './helpers';

// Seen: domain reference §5 ("a closed order (订单状态 已关闭) may carry no 订单完成时间 at all and is still
// cancelled"); the rows are a reconstruction (tests/fixtures/exports/VARIANTS.md).
const x = read('douyin-closed-no-time.csv', fixtureText('douyin-closed-no-time.csv'), shanghai);

describe('Douyin closed orders without a close time', () => {
  it('are cancelled, by whom the reason says, at a time unknown (NaN)', () => {
    expect(x.rejected).toEqual([]);
    const closed = [1, 2, 3].map((i) => order(x, i));
    expect(closed.map((o) => [o.id, o.cancelledBy, o.cancelledAt])).toEqual([
      ['6917591234567890502', CancelledBy.buyer, Number.NaN], // 不想要了
      ['6917591234567890503', CancelledBy.seller, Number.NaN], // 商家缺货
      ['6917591234567890504', CancelledBy.buyer, sh('2026-11-25', '21:00')], // 拍错了, closed at 订单完成时间
    ]);
    expect(closed.every((o) => Number.isNaN(o.deliveredAt) && Number.isNaN(o.shippedAt))).toBe(true);
  });

  it('count as cancelled in the stream report, never as late dispatches', () => {
    const settings = settingsWith(); // Douyin card, 48 h promise, Asia/Shanghai
    const stream = {
      streamId: 'douyin:7301234567890123456',
      firstAt: sh('2026-11-25', '20:00'),
      lastAt: sh('2026-11-25', '22:00'),
    };
    const a = streamActuals(
      { orders: x.orders, liveRoomId: x.meta.liveRoomId },
      stream,
      settings,
      cardFor(settings),
      sh('2026-11-30', '12:00'),
    );
    // Six orders in room 7301…: …501 and …506 shipped within 48 h; …502–…504 closed (two of them without a
    // time); …505 never shipped and due 27/11 20:50 → the one late dispatch. Before: 1 cancelled and 3 late.
    expect(a).toEqual({ orders: 6, shipped: 2, late: 1, cancelled: 3, matchedBy: 'room' });
  });

  it('an 订单状态 the reader does not know is one warning, and its order is read from its times', () => {
    expect(order(x, 5)).toMatchObject({ shippedAt: sh('2026-11-26', '11:00'), cancelledBy: CancelledBy.none });
    expect(x.warnings).toEqual([
      {
        field: '订单状态',
        value: '售后中',
        rows: 1,
        row: 7,
        message:
          '订单状态 "售后中" on 1 row (first: row 7) is not a value this reader knows: ' +
          'those orders were read from their times, as not cancelled',
      },
    ]);
  });
});
