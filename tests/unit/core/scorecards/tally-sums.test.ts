import { describe, expect, it } from 'vitest';
import { CancelledBy, OrderFlag } from '../../../../core/records/orders';
import { scorecardFor } from '../../../../core/scorecards';
import { finishTally, startTally, tallyRow } from '../../../../core/scorecards/tally-sums';
import { NOW_SH } from './helpers';

describe('startTally: one set of sums reused from sample to sample', () => {
  it('starts from zero on the same arrays, and afresh for another card', () => {
    const card = scorecardFor('douyin-2026-07');
    const t = startTally(card, NOW_SH);
    // 40 orders paid an hour ago, picked up after 30 minutes: counted in every indicator's n.
    const paid = NOW_SH - 3_600_000;
    const v = OrderFlag.validTracking;
    tallyRow(
      t,
      paid,
      40,
      v,
      paid + 1_800_000,
      Number.NaN,
      Number.NaN,
      paid + 86_400_000,
      Number.NaN,
      CancelledBy.none,
      0.5,
      paid,
    );
    expect(t.validOrders).toBe(40);
    const again = startTally(card, NOW_SH + 1000, t);
    expect(again.a).toBe(t.a);
    expect([...again.a, ...again.b, ...again.n].every((x) => x === 0)).toBe(true);
    expect([again.validOrders, again.faultReturns, again.delivered, again.now]).toEqual([0, 0, 0, NOW_SH + 1000]);
    // Nothing tallied since: the finished figures are a fresh pass's.
    expect(finishTally(again)).toEqual(finishTally(startTally(card, NOW_SH + 1000)));
    const other = startTally(scorecardFor('tiktok-us-2026'), NOW_SH, t);
    expect(other.a).not.toBe(t.a);
    expect(other.a.length).toBe(scorecardFor('tiktok-us-2026').indicators.length);
  });
});
