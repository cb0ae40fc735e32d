import { describe, expect, it } from 'vitest';
import { type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { roomOf, streamActuals } from '../../../../core/report/stream-actuals';
import { cardFor } from '../../../../core/scorecards';
import { settingsWith, sh } from '../../helpers';

const stream = { streamId: 'douyin:7301234567', firstAt: sh('2026-11-25', '20:00'), lastAt: sh('2026-11-25', '22:00') };

describe('linking imported orders to a recorded stream', () => {
  const s = settingsWith(); // 48 h promise
  const card = cardFor(s);
  const now = sh('2026-11-30', '12:00');
  const rows: OrderRow[] = [
    { paidAt: sh('2026-11-25', '20:30'), shippedAt: sh('2026-11-26', '17:00') }, // 20.5 h: on time
    { paidAt: sh('2026-11-25', '21:00'), shippedAt: sh('2026-11-28', '11:00') }, // 62 h: late
    { paidAt: sh('2026-11-25', '21:30') }, // never shipped, deadline 27/11 21:30 passed: late
    { paidAt: sh('2026-11-25', '21:45'), cancelledAt: sh('2026-11-25', '23:00') }, // cancelled in time
    { paidAt: sh('2026-11-25', '19:00'), shippedAt: sh('2026-11-26', '11:00') }, // before the stream
    { paidAt: sh('2026-11-25', '22:05'), shippedAt: sh('2026-11-26', '11:00') }, // within 10 min after the end
  ];

  it('matches by payment time when the export has no live room, and counts what really happened', () => {
    const a = streamActuals({ orders: ordersFromRows(rows), liveRoomId: rows.map(() => '') }, stream, s, card, now);
    // In [20:00, 22:10]: rows 0–3 and 5 → 5 orders; shipped 0, 1, 5 → 3; late 1 and 2 → 2; cancelled 3 → 1.
    expect(a).toEqual({ orders: 5, shipped: 3, late: 2, cancelled: 1, matchedBy: 'time' });
  });

  it('matches by live room where the export has one', () => {
    const rooms = ['7301234567', '7301234567', 'other', '', '7301234567', ''];
    const a = streamActuals({ orders: ordersFromRows(rows), liveRoomId: rooms }, stream, s, card, now);
    // Room 7301234567: rows 0, 1 and 4 (row 4 was paid before the first reading but in the same room).
    expect(a).toEqual({ orders: 3, shipped: 3, late: 1, cancelled: 0, matchedBy: 'room' });
  });

  it('reads the room from the stream id', () => {
    expect(roomOf('douyin:7301234567')).toBe('7301234567');
    expect(roomOf('demo:42')).toBe('42');
  });
});
