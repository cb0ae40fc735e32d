/**
 * The warehouse's own counts as the model's starting point (issue #15). The orders still open at the
 * observed minute are the latest-paid ones (the warehouse ships first in, first out), `pickPack` of them
 * waiting to be packed and `shipTransport` packed and waiting for the carrier; the older ones are gone.
 * The run then starts there (core/model/plan-from.ts): nothing before it is simulated again.
 *
 * The counts are shop-wide: a warehouse showing more open orders than the known arrivals hold has older
 * ones too (paid before the stream, or through other channels). They join the queue first, dated at
 * minute 0, the earliest the run knows; their real deadlines may be earlier (said in the popup).
 */
export type Observation = {
  /** The minute of the run at whose start the counts held (before its pickup and its payments). */
  minute: number;
  pickPack: number;
  shipTransport: number;
};

export type Anchored = {
  /** The known arrivals with the orders shipped before the minute taken out, oldest first. */
  known: Float64Array;
  start: { minute: number; packed: number };
  /** Known orders the counts say had already left (shipped, or closed) before the minute. */
  gone: number;
  /** Open orders the counts hold beyond the known arrivals, dated at minute 0. */
  older: number;
};

/**
 * Re-anchors `known` (orders per minute from the run's start) on an observation. Conserves orders:
 * the arrivals before the minute add up to pickPack + shipTransport afterwards, and every arrival from
 * the minute on is kept as it was.
 */
export function anchorKnown(known: Float64Array, obs: Observation): Anchored {
  const minute = Math.max(0, Math.min(obs.minute, known.length));
  const open = obs.pickPack + obs.shipTransport;
  let before = 0;
  for (let i = 0; i < minute; i++) before += known[i];
  const out = known.slice();
  const gone = Math.max(0, before - open);
  const older = Math.max(0, open - before);
  let left = gone;
  for (let i = 0; i < minute && left > 0; i++) {
    const take = Math.min(out[i], left);
    out[i] -= take;
    left -= take;
  }
  if (older > 0) {
    if (out.length === 0)
      return { known: Float64Array.of(older), start: { minute, packed: obs.shipTransport }, gone, older };
    out[0] += older;
  }
  return { known: out, start: { minute, packed: obs.shipTransport }, gone, older };
}
