import { type PipelinePlan, planPipeline } from '../model/capacity';
import { capacityPrefix } from '../model/dispatch';
import type { RuleClock } from '../model/rule-clock';
import { type DeadlineRules, type Deadlines, deadlineTable } from '../model/ship-by-table';
import type { Settings } from '../settings/settings';

/**
 * The warehouse laid out per minute and the ship-by table, kept across estimates (issue #17). Every
 * refresh builds new settings objects (calibration, carrier figures, each what-if), so a cache keyed on
 * the object missed every time and an estimate laid out eleven plans afresh: a sixth of its time. Keyed
 * here on what each reads, and built a day longer than asked: both are per-minute tables whose first n
 * minutes do not depend on how many follow, so a shorter run is a view of the first n (the stream grows a
 * minute at a time). The plan does not read the delivery's on-time rate: the attribution's "every waybill
 * on time" shares the plan's layout.
 */
export type Planned = { plan: PipelinePlan; prefix: Float64Array; batch: Int32Array | null };

const ROUND_MINUTES = 1440;
/** An estimate's eleven layouts and a few what-ifs' (~540 kB each for a 15-day run); older ones go first. */
const KEEP = 16;

type Kept<T> = { length: number; whole: T; views: Map<number, T> };

/** A small cache in insertion order: a hit moves its entry to the end, the oldest goes first. */
function keep<T>(
  cache: Map<string, Kept<T>>,
  key: string,
  length: number,
  build: (n: number) => T,
  cut: (w: T, n: number) => T,
): T {
  let entry = cache.get(key);
  if (entry && entry.length < length) entry = undefined;
  if (entry) cache.delete(key);
  else {
    const n = Math.ceil(length / ROUND_MINUTES) * ROUND_MINUTES;
    entry = { length: n, whole: build(n), views: new Map() };
  }
  cache.set(key, entry);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  let view = entry.views.get(length);
  if (!view) {
    if (entry.views.size >= 4) entry.views.clear();
    view = length === entry.length ? entry.whole : cut(entry.whole, length);
    entry.views.set(length, view);
  }
  return view;
}

const plans = new Map<string, Kept<Planned>>();

/** What `planPipeline` reads of the settings: the stages but the delivery's on-time rate, the zone, the calendar. */
function planKey(s: Settings, t0: number): string {
  const { receipt, pickPack, ship, delivery } = s.stages;
  return JSON.stringify([t0, s.timezone, s.calendar ?? null, receipt, pickPack, ship, delivery.meanTransitHours]);
}

export function plannedFor(settings: Settings, t0: number, length: number): Planned {
  return keep(
    plans,
    planKey(settings, t0),
    length,
    (n) => {
      const plan = planPipeline(settings, t0, n);
      const open = plan.receiptOpen;
      const batch =
        settings.stages.receipt.mode === 'batch' ? Int32Array.from(open.keys()).filter((i) => open[i] === 1) : null;
      return { plan, prefix: capacityPrefix(plan), batch };
    },
    (w, n) => ({
      plan: {
        ...w.plan,
        length: n,
        packCap: w.plan.packCap.subarray(0, n),
        pickupCap: w.plan.pickupCap.subarray(0, n),
        receiptOpen: w.plan.receiptOpen.subarray(0, n),
        pickupMinutes: w.plan.pickupMinutes.filter((m) => m < n),
      },
      prefix: w.prefix.subarray(0, n + 1),
      batch: w.batch ? w.batch.filter((m) => m < n) : null,
    }),
  );
}

const tables = new WeakMap<RuleClock, Map<string, Kept<Deadlines>>>();

/**
 * `deadlineTable` for a promise, and a later one for the orders paid after `nowIndex` (a longer-promise
 * what-if); the clock is the rule clock's own object (ruleClockFor keeps one per card, zone and days off).
 */
export function deadlinesFor(
  t0: number,
  minutes: number,
  rules: {
    clock: RuleClock;
    promise: Settings['promise'];
    later?: Settings['promise'];
    nowIndex: number;
    handlingCapacityPerDay?: number;
  },
): Deadlines {
  const { clock, promise, later, nowIndex } = rules;
  const byClock = tables.get(clock) ?? new Map<string, Kept<Deadlines>>();
  tables.set(clock, byClock);
  const key = JSON.stringify([
    t0,
    promise,
    later ?? null,
    later ? nowIndex : null,
    rules.handlingCapacityPerDay ?? null,
  ]);
  const table: DeadlineRules = {
    clock,
    promiseAt: (m) => (m > nowIndex && later) || promise,
    handlingCapacityPerDay: rules.handlingCapacityPerDay,
  };
  return keep(
    byClock,
    key,
    minutes,
    (n) => deadlineTable(t0, n, table),
    (w, n) => ({
      ...w,
      deadline: w.deadline.subarray(0, n),
      lastOnTime: w.lastOnTime.subarray(0, n),
      lastOnTimeExtended: w.lastOnTimeExtended.subarray(0, n),
      dayStart: w.dayStart.subarray(0, n),
    }),
  );
}
