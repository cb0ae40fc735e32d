import type { Dispatch } from '../model/dispatch';
import type { Deadlines } from '../model/ship-by-table';

/**
 * The late dispatches of one simulated sample among the orders paid by `nowIndex` and among all paid by
 * `lastIndex`, in one pass: `lateness` (core/model/lateness.ts) twice, its `late` only (the Monte Carlo
 * reads nothing else). The second figure continues the first's sum minute by minute, in the same order of
 * additions, so both equal what the two calls give to the last bit.
 */
export function lateCounts(d: Dispatch, nowIndex: number, lastIndex: number, table: Deadlines): [number, number] {
  let late = 0;
  let known = 0;
  let all = 0;
  const end = Math.max(nowIndex, lastIndex);
  const { pickupMinutes, shippedAfter, pickups } = d;
  // dispatch.ts `shippedBy` for the two deadlines of each minute, by a pointer that moves on as the deadlines
  // do (they rise with the payment minute) instead of a binary search per minute; one that falls starts over.
  let p = 0;
  let pAt = Number.NEGATIVE_INFINITY;
  let q = 0;
  let qAt = Number.NEGATIVE_INFINITY;
  // Only the minutes that can hold payments: at any other nothing arrives, so nothing is added.
  const { paying } = d;
  for (let x = 0; x < paying.length && paying[x] <= end; x++) {
    const m = paying[x];
    const first = m === 0 ? 0 : d.arrived[m - 1];
    const last = d.arrived[m];
    if (last > first) {
      const dayStart = table.dayStart[m] <= 0 ? 0 : d.arrived[table.dayStart[m] - 1];
      const split = Math.min(last, Math.max(first, dayStart + table.capacityPerDay));
      const due = table.lastOnTime[m];
      if (due < pAt) p = 0;
      while (p < pickups && pickupMinutes[p] <= due) p++;
      pAt = due;
      const dueExtended = table.lastOnTimeExtended[m];
      if (dueExtended < qAt) q = 0;
      while (q < pickups && pickupMinutes[q] <= dueExtended) q++;
      qAt = dueExtended;
      const onTime = p === 0 ? 0 : shippedAfter[p - 1];
      const onTimeExtended = q === 0 ? 0 : shippedAfter[q - 1];
      late += Math.max(0, split - Math.max(first, onTime)) + Math.max(0, last - Math.max(split, onTimeExtended));
    }
    if (m <= nowIndex) known = late;
    if (m <= lastIndex) all = late;
  }
  return [known, all];
}
