import { describe, expect, it } from 'vitest';
import { ALERT_EVERY_MS, type AlertState, alertsDue, NO_ALERTS } from '../../../../core/faces/alert-limit';

const MIN = 60_000;

/** Feeds a run of estimates through the limiter on a fake clock and lists what rang when. */
function run(steps: { at: number; status: 'green' | 'amber' | 'red'; atRisk: number }[], threshold = 50) {
  let state: AlertState = NO_ALERTS;
  const rang: string[] = [];
  for (const s of steps) {
    const r = alertsDue(state, s, threshold, s.at);
    state = r.state;
    for (const k of r.kinds) rang.push(`${s.at / MIN}:${k}`);
  }
  return rang;
}

describe('risk alert rate limit', () => {
  it('rings once when the status turns red, not on every estimate while it stays red', () => {
    expect(
      run([
        { at: 0, status: 'amber', atRisk: 0 },
        { at: 1 * MIN, status: 'red', atRisk: 3 },
        { at: 2 * MIN, status: 'red', atRisk: 5 },
        { at: 3 * MIN, status: 'red', atRisk: 8 },
      ]),
    ).toEqual(['1:red']);
  });

  it('rings a kind at most once per five minutes, each kind on its own clock', () => {
    expect(ALERT_EVERY_MS).toBe(5 * MIN);
    expect(
      run([
        { at: 0, status: 'red', atRisk: 60 }, // both cross at once: 60 > 50
        { at: 1 * MIN, status: 'amber', atRisk: 0 },
        { at: 2 * MIN, status: 'red', atRisk: 10 }, // red again after 2 min: too soon
        { at: 3 * MIN, status: 'amber', atRisk: 0 },
        { at: 5 * MIN, status: 'red', atRisk: 0 }, // 5 − 0 = 5 min since the last red alert: rings
        { at: 6 * MIN, status: 'red', atRisk: 51 }, // at-risk crosses again, 6 min after its last: rings
      ]),
    ).toEqual(['0:red', '0:at-risk', '5:red', '6:at-risk']);
  });

  it('does not ring at the threshold itself, only above it', () => {
    expect(
      run([
        { at: 0, status: 'amber', atRisk: 50 },
        { at: MIN, status: 'amber', atRisk: 51 },
      ]),
    ).toEqual(['1:at-risk']);
  });
});
