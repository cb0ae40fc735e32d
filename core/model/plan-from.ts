import type { PipelinePlan } from './capacity';
import { capacityPrefix } from './dispatch';

/**
 * The warehouse from an observed moment on: before `minute` nobody packs and no carrier comes, because what
 * happened then is already known (the orders shipped by then are not in the run, the ones packed by then
 * start the run packed). The replay of a past stream starts here, from the export's own state at the
 * moment, instead of from an empty warehouse that would hand the older backlog's packing time to the new
 * orders. Kept per plan, minute and receipt batches: every scenario sharing a plan shares its masked copy,
 * and the per-minute estimate (no batches: its run reads the receipt per minute) does not hand the Monte
 * Carlo a copy without its batches.
 */
export type PlanFrom = { plan: PipelinePlan; prefix: Float64Array; batch: Int32Array | null };

const masked = new WeakMap<PipelinePlan, Map<number, Map<Int32Array | null, PlanFrom>>>();

export function planFrom(plan: PipelinePlan, batch: Int32Array | null, minute: number): PlanFrom {
  const hit = masked.get(plan)?.get(minute)?.get(batch);
  if (hit) return hit;
  const packCap = plan.packCap.slice();
  const pickupCap = plan.pickupCap.slice();
  packCap.fill(0, 0, Math.min(minute, plan.length));
  pickupCap.fill(0, 0, Math.min(minute, plan.length));
  const out: PlanFrom = {
    plan: { ...plan, packCap, pickupCap, pickupMinutes: plan.pickupMinutes.filter((m) => m >= minute) },
    prefix: new Float64Array(0),
    batch: batch ? batch.filter((m) => m >= minute) : null,
  };
  out.prefix = capacityPrefix(out.plan);
  const perPlan = masked.get(plan) ?? new Map<number, Map<Int32Array | null, PlanFrom>>();
  const perMinute = perPlan.get(minute) ?? new Map<Int32Array | null, PlanFrom>();
  perMinute.set(batch, out);
  perPlan.set(minute, perMinute);
  masked.set(plan, perPlan);
  return out;
}
