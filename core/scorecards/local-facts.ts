import type { OffsetFn } from '../lib/time';
import type { OrderColumns } from '../records/orders';
import { pickupClockStart } from './pickup';
import type { Scorecard } from './schema';
import { endOfNextLocalDay } from './window';

/**
 * What an order's local time says, whatever `now` is: when its pickup clock starts (after the card's night
 * span, if any) and the end of the day after its payment. The hourly tally of a kept history window reads
 * them for every order; worked out once when the window is loaded (workers/estimator/history-tally.ts), they
 * are not worked out again each hour (issue #17). Indexed like the columns; NaN for an order without a paid time.
 */
export type LocalFacts = { clockStart: Float64Array; nextDayEnd: Float64Array };

export function localFacts(card: Scorecard, orders: OrderColumns, zone: OffsetFn): LocalFacts {
  const clockStart = new Float64Array(orders.length).fill(Number.NaN);
  const nextDayEnd = new Float64Array(orders.length).fill(Number.NaN);
  for (let i = 0; i < orders.length; i++) {
    const paid = orders.paidAt[i];
    if (Number.isNaN(paid)) continue;
    clockStart[i] = pickupClockStart(paid, card.pickupClock, zone);
    nextDayEnd[i] = endOfNextLocalDay(paid, zone);
  }
  return { clockStart, nextDayEnd };
}
