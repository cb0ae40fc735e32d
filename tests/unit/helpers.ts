import type { Snapshot } from '../../core/records/snapshot';
import { defaultSettings, type Settings } from '../../core/settings/settings';

/** Shared builders for the unit tests: fixed instants, settings variants, arrival arrays and snapshots. */

/** A Shanghai wall-clock time on a fixed date, e.g. sh('2026-11-25', '10:00') (2026-11-25 is a Wednesday). */
export const sh = (date: string, time: string): number => Date.parse(`${date}T${time}:00+08:00`);

/** The default settings (Asia/Shanghai, 4 packers × 25/h 09:00–18:00, pickups 11:00 and 17:00 of 400) with a change. */
export function settingsWith(change: (s: Settings) => void = () => {}): Settings {
  const s = structuredClone(defaultSettings);
  change(s);
  return s;
}

/** New orders per minute: `length` minutes, with `orders[minute] = count` set and every other minute 0. */
export function arrivals(length: number, orders: Record<number, number>): Float64Array {
  const out = new Float64Array(length);
  for (const [minute, count] of Object.entries(orders)) out[Number(minute)] = count;
  return out;
}

export const snap = (seq: number, at: number, paidOrders: number, streamId = 'demo:7301234567'): Snapshot => ({
  streamId,
  seq,
  at,
  paidOrders,
  source: 'demo',
});
