import type { PipelinePlan } from './capacity';

/**
 * The packers' real speed from the warehouse's own counts (issue #15, the live calibration): between two
 * readings of "waiting to be packed", the orders that left it (the count before, plus the arrivals in
 * between, minus the count after) over what the settings' packers could pack in that time. Only while
 * a backlog waited at every reading of the span: a team that ran out of work says nothing about its speed.
 */
export type StageSample = {
  /** When the count was first read (a changed count), in minutes of the run. */
  minute: number;
  pickPack: number;
  /** Until when the page was still read showing it (default: only then); bridges the gaps between changes. */
  watchedUntil?: number;
};

/** Readings further apart than this, with no confirmation between, leave a gap nobody saw: the span breaks there. */
export const MAX_UNSEEN_MINUTES = 15;

/** Whether `prev` and `next` follow each other without an unseen gap. */
const seamless = (prev: { minute: number; watchedUntil?: number }, next: { minute: number }) =>
  next.minute - Math.max(prev.minute, prev.watchedUntil ?? prev.minute) <= MAX_UNSEEN_MINUTES;

export type ObservedSpeed = {
  /** Real packing ÷ the settings' capacity over the span (1 = as typed). */
  ratio: number;
  /** Orders packed over the span, as the counts tell it. */
  packed: number;
  /** What the settings' packers would have packed in the span. */
  capacity: number;
  fromMinute: number;
  toMinute: number;
};

/** Less settings capacity than this over the span, and the ratio is noise (a quarter hour of one packer at 60/h). */
export const MIN_SPAN_CAPACITY = 15;
/** Limits on what the counts may say: a tab showing a stale count must not make the model absurd. */
const RATIO_FLOOR = 0.1;
const RATIO_CEIL = 5;

/**
 * The speed over the longest span of readings (oldest to newest) during which orders waited at every
 * reading and no gap went unseen; null when no span is long enough. Samples are the counts' changes (when
 * each was first read): a page re-read unchanged may be frozen, so a confirmation only bridges gaps. `arrivals` are the known orders per minute of the run.
 */
export function observedSpeed(
  samples: readonly StageSample[],
  arrivals: Float64Array,
  plan: Pick<PipelinePlan, 'packCap' | 'length'>,
  /**
   * The buyers' cancellation share: cancelled orders leave "waiting to be packed" unpacked. Taken as that
   * share of the span's arrivals (the settings' or the history's figure), so it is not counted as packing.
   */
  cancelRate = 0,
): ObservedSpeed | null {
  const sorted = [...samples].sort((a, b) => a.minute - b.minute);
  // The run of readings ending at the newest with a backlog at each: the last one without breaks it.
  let from = sorted.length - 1;
  if (from < 1 || sorted[from].pickPack <= 0) return null;
  while (from > 0 && sorted[from - 1].pickPack > 0 && seamless(sorted[from - 1], sorted[from])) from--;
  const first = sorted[from];
  const last = sorted[sorted.length - 1];
  let capacity = 0;
  let arrived = 0;
  for (let m = Math.max(0, first.minute); m < last.minute; m++) {
    if (m < plan.length) capacity += plan.packCap[m];
    if (m < arrivals.length) arrived += arrivals[m];
  }
  if (capacity < MIN_SPAN_CAPACITY) return null;
  const packed = Math.max(0, first.pickPack + arrived * (1 - cancelRate) - last.pickPack);
  const ratio = Math.min(RATIO_CEIL, Math.max(RATIO_FLOOR, packed / capacity));
  return { ratio, packed, capacity, fromMinute: first.minute, toMinute: last.minute };
}

/** A reading with what the packers have turned out today: parcels waiting for the carrier plus shipped today. */
export type PackedSample = StageSample & { packedToday: number };

/**
 * The speed from the parcels the packers turned out, where a page shows "shipped today" beside "waiting
 * for the carrier": their sum only grows as parcels are packed (a pickup moves parcels from one to the
 * other), so its rise over a span with orders waiting at every reading is what was packed. No arrivals and
 * no cancellations enter it, so the span may reach back before the stream, over the working day. A fall
 * (today's count restarting at midnight) starts the span again. `plan` starts at minute 0 of the samples.
 */
export function packedSpeed(
  samples: readonly PackedSample[],
  plan: Pick<PipelinePlan, 'packCap' | 'length'>,
): ObservedSpeed | null {
  const sorted = [...samples].sort((a, b) => a.minute - b.minute);
  let from = sorted.length - 1;
  if (from < 1 || sorted[from].pickPack <= 0) return null;
  while (
    from > 0 &&
    sorted[from - 1].pickPack > 0 &&
    sorted[from - 1].packedToday <= sorted[from].packedToday &&
    seamless(sorted[from - 1], sorted[from])
  )
    from--;
  const first = sorted[from];
  const last = sorted[sorted.length - 1];
  let capacity = 0;
  for (let m = Math.max(0, first.minute); m < Math.min(last.minute, plan.length); m++) capacity += plan.packCap[m];
  if (capacity < MIN_SPAN_CAPACITY) return null;
  const packed = last.packedToday - first.packedToday;
  const ratio = Math.min(RATIO_CEIL, Math.max(RATIO_FLOOR, packed / capacity));
  return { ratio, packed, capacity, fromMinute: first.minute, toMinute: last.minute };
}
