import { describe, expect, it } from 'vitest';
import { planPipeline } from '../../../../core/model/capacity';
import { planFrom } from '../../../../core/model/plan-from';
import { settingsWith, sh } from '../../helpers';

const T0 = sh('2026-11-25', '10:00');

describe('planFrom: the warehouse from an observed minute on', () => {
  it('keeps a copy per receipt batches: the estimate’s (none) does not stand in for the Monte Carlo’s', () => {
    // Batch receipt every 60 minutes from 00:00: with T0 at 10:00, batches at minutes 0, 60, 120, …; from
    // minute 31 on the first is 60. The per-minute estimate asks without batches first (its run reads the
    // receipt minute by minute); the Monte Carlo then asks with them, for the same plan and minute.
    const s = settingsWith((x) => {
      x.stages.receipt = { mode: 'batch', everyMinutes: 60 };
    });
    const plan = planPipeline(s, T0, 3 * 1440);
    const batch = Int32Array.from(plan.receiptOpen.keys()).filter((i) => plan.receiptOpen[i] === 1);
    expect(planFrom(plan, null, 31).batch).toBeNull();
    const withBatches = planFrom(plan, batch, 31);
    expect(withBatches.batch?.[0]).toBe(60);
    expect(withBatches.batch?.length).toBe(batch.filter((m) => m >= 31).length);
    // Both kept: asked again, each gets its own copy back.
    expect(planFrom(plan, batch, 31)).toBe(withBatches);
    expect(planFrom(plan, null, 31).batch).toBeNull();
  });
});
