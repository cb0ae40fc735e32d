import { cancelledUnknownTime, dispatchedLate, fillDeadlines } from '../model/ship-by-orders';
import type { OrderColumns } from '../records/orders';
import type { Scorecard } from '../scorecards/schema';
import type { Settings } from '../settings/settings';

/** What really happened to a recorded stream's orders, once an order export has been imported. */
export type StreamActuals = {
  orders: number;
  shipped: number;
  late: number;
  cancelled: number;
  matchedBy: 'room' | 'time';
};

/** A stream's room id is the part of its id after the platform ("demo:7301…" → "7301…"). */
export const roomOf = (streamId: string): string => streamId.slice(streamId.indexOf(':') + 1);

/**
 * Links history orders to a stream: by live room id where the export has one (Douyin 直播间ID), else by
 * payment time inside the stream (from a minute before its first reading to ten minutes after its last,
 * for orders paid as it ends).
 */
export function streamMembership(
  history: { orders: OrderColumns; liveRoomId: readonly string[] },
  stream: { streamId: string; firstAt: number; lastAt: number },
): { belongs: (i: number) => boolean; matchedBy: 'room' | 'time' } {
  const o = history.orders;
  const room = roomOf(stream.streamId);
  // Exports print whole seconds, and a reading lags the payment it counts: a minute's margin before the first.
  const from = stream.firstAt - 60_000;
  const until = stream.lastAt + 10 * 60_000;
  const inTime = (i: number) => o.paidAt[i] >= from && o.paidAt[i] <= until;
  const byRoom = history.liveRoomId.some((r, i) => r !== '' && r === room && inTime(i));
  return {
    belongs: byRoom ? (i: number) => history.liveRoomId[i] === room : inTime,
    matchedBy: byRoom ? 'room' : 'time',
  };
}

/**
 * What really happened to a stream's orders (linked by `streamMembership`). Late means picked up after
 * the ship-by deadline, or not at all with the deadline passed.
 */
export function streamActuals(
  history: { orders: OrderColumns; liveRoomId: readonly string[] },
  stream: { streamId: string; firstAt: number; lastAt: number },
  settings: Settings,
  card: Scorecard,
  now: number,
): StreamActuals | null {
  const o = history.orders;
  const { belongs, matchedBy } = streamMembership(history, stream);
  fillDeadlines(o, settings, card);
  const a: StreamActuals = { orders: 0, shipped: 0, late: 0, cancelled: 0, matchedBy };
  for (let i = 0; i < o.length; i++) {
    if (!belongs(i)) continue;
    a.orders++;
    // A closed order without a close time is cancelled all the same (its time unknown), never "not shipped".
    if (o.cancelledAt[i] <= now || cancelledUnknownTime(o, i)) a.cancelled++;
    if (o.shippedAt[i] <= now) a.shipped++;
    if (dispatchedLate(o, i, now)) a.late++;
  }
  return a.orders === 0 ? null : a;
}
