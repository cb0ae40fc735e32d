/**
 * How many orders were ready at an instant and still there at a later one: the question behind "did this
 * pickup leave parcels behind?" and "was anything waiting for the pickup that never came?". Orders are
 * taken in the order they became ready and counted in a Fenwick tree over the ranks of the instants they
 * left, so a history of a million orders answers every pickup of its days in one pass (queries must come
 * in ascending order of `readyBy`).
 */
export type WaitingCounter = (readyBy: number, stillAt: number) => number;

export function waitingCounter(ready: Float64Array, left: Float64Array): WaitingCounter {
  const n = ready.length;
  const byReady = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => ready[a] - ready[b]);
  const lefts = Float64Array.from(left).sort();
  const tree = new Int32Array(n + 1);
  // Rank of an instant among the leave times: how many leave strictly before it.
  const rankBelow = (t: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lefts[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const add = (rank: number) => {
    for (let i = rank + 1; i <= n; i += i & -i) tree[i]++;
  };
  const countBelow = (rank: number) => {
    let s = 0;
    for (let i = rank; i > 0; i -= i & -i) s += tree[i];
    return s;
  };
  let next = 0;
  let inserted = 0;
  let lastReadyBy = Number.NEGATIVE_INFINITY;
  return (readyBy, stillAt) => {
    if (readyBy < lastReadyBy) throw new Error('waitingCounter: queries must come in ascending order');
    lastReadyBy = readyBy;
    while (next < n && ready[byReady[next]] <= readyBy) {
      // Equal leave times share the lowest rank: still exact for "left at or after".
      add(rankBelow(left[byReady[next]]));
      next++;
      inserted++;
    }
    return inserted - countBelow(rankBelow(stillAt));
  };
}
