import { MINUTE } from '../core/lib/time';
import { planPipeline } from '../core/model/capacity';
import { demoSettings } from './shop';
import { ordersUntil, type SimOrder } from './sim';

/**
 * The demo shop's real warehouse, as its ERP's fulfilment board shows it (issue #15): slower than the
 * seller's settings — the packers pack 70 % of the typed 25 an hour each — with 420 orders still open from
 * before the stream [assumed, both]. Simulated minute by minute from the stream's start on the settings'
 * own shifts and pickups: packed first in, first out; each pickup takes up to its limit; "shipped today"
 * restarts at local midnight.
 */
export const REAL_PACK_FACTOR = 0.7;
export const OPEN_BEFORE = 420;

export type Board = { pickPack: number; shipTransport: number; shippedToday: number };

export function boardAt(orders: readonly SimOrder[], startedAt: number, t: number): Board {
  const minutes = Math.max(0, Math.floor((t - startedAt) / MINUTE));
  const plan = planPipeline(demoSettings, startedAt, minutes + 1);
  const dayOf = (i: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: demoSettings.timezone }).format(startedAt + i * MINUTE);
  let waiting = OPEN_BEFORE;
  let ready = 0;
  let shipped = 0;
  let day = dayOf(0);
  let paid = 0;
  for (let i = 0; i <= minutes; i++) {
    if (i % 60 === 0 && dayOf(i) !== day) {
      day = dayOf(i);
      shipped = 0;
    }
    if (plan.pickupCap[i] > 0) {
      const take = Math.min(Math.floor(ready + 1e-9), plan.pickupCap[i]);
      ready -= take;
      shipped += take;
    }
    const until = Math.min(t - startedAt, (i + 1) * MINUTE);
    const now = ordersUntil(orders, until);
    waiting += now - paid;
    paid = now;
    const packed = Math.min(waiting, plan.packCap[i] * REAL_PACK_FACTOR);
    waiting -= packed;
    ready += packed;
  }
  // Whole parcels, as a board counts them (the epsilon keeps 69.999… packed from reading 69).
  return { pickPack: Math.round(waiting), shipTransport: Math.floor(ready + 1e-9), shippedToday: shipped };
}
