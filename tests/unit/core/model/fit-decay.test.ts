import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../../../core/lib/time';
import { arrivalCurve } from '../../../../core/model/arrivals';
import { fitHalfLife } from '../../../../core/model/fit-decay';
import type { Snapshot } from '../../../../core/records/snapshot';
import { sh, snap } from '../../helpers';

/** A past stream of 3 h: a steady 2 orders a minute, and a drop every 40 minutes of 60 a minute halving every `h`. */
function stream(day: string, h: number): Snapshot[] {
  const t0 = sh(day, '20:00');
  const out: Snapshot[] = [snap(0, t0, 0, `s-${day}`)];
  let total = 0;
  for (let m = 1; m <= 180; m++) {
    const sinceDrop = (m - 10) % 40;
    total += 2 + (m >= 10 ? Math.round(60 * 2 ** (-sinceDrop / h)) : 0);
    out.push(snap(m, t0 + m * MINUTE, total, `s-${day}`));
  }
  return out;
}

describe('the half-life of drops in past streams', () => {
  it('recovers how fast the bursts faded, with the number of drops it rests on', () => {
    // Three streams, each with drops at minutes 10, 50, 90, 130, 170 of a 6-minute half-life.
    const fit = fitHalfLife(['2026-11-10', '2026-11-14', '2026-11-18'].map((d) => arrivalCurve(stream(d, 6))));
    // The five-minute rate smooths the burst: half of its peak some 5–8 minutes later, close to the 6 set.
    expect(fit?.minutes).toBeGreaterThanOrEqual(5);
    expect(fit?.minutes).toBeLessThanOrEqual(8);
    // Four full drops per stream (the fifth, at 170, does not fall to half before the stream ends): 12.
    expect(fit?.drops).toBe(12);
  });

  it('tells a slower fade from a faster one', () => {
    const fast = fitHalfLife(['2026-11-10', '2026-11-14'].map((d) => arrivalCurve(stream(d, 4))));
    const slow = fitHalfLife(['2026-11-10', '2026-11-14'].map((d) => arrivalCurve(stream(d, 12))));
    expect(fast && slow && fast.minutes < slow.minutes).toBe(true);
  });

  it('says "not enough data" without three drops', () => {
    expect(fitHalfLife([])).toBeNull();
    expect(
      fitHalfLife([arrivalCurve([snap(0, sh('2026-11-10', '20:00'), 0), snap(1, sh('2026-11-10', '21:00'), 100)])]),
    ).toBeNull();
  });
});
