import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertOnMissedPickup, alertOnRisk } from '../../../background/risk-alerts';
import { computeEstimate } from '../../../core/outlook/estimate';
import { defaultSettings, type Settings } from '../../../core/settings/settings';
import { sh, snap } from '../helpers';

// Nobody packs and the promise is 2 hours: the 300 orders paid at 10:01 are all at risk by 10:30 (red).
const t0 = sh('2026-11-25', '10:00');
const base: Settings = {
  ...defaultSettings,
  promise: { type: 'hours', hours: 2 },
  stages: { ...defaultSettings.stages, pickPack: { ...defaultSettings.stages.pickPack, shifts: [] } },
};
const estimate = computeEstimate([snap(0, t0, 0), snap(1, t0 + 60_000, 300)], base, t0 + 30 * 60_000);
const created = vi.fn(async (_id: string, _options: Record<string, unknown>) => '');

beforeEach(() => {
  fakeBrowser.reset();
  created.mockClear();
  (fakeBrowser as unknown as { notifications: unknown }).notifications = { create: created };
});

describe('risk alerts', () => {
  it('rings nothing unless the seller opted in', async () => {
    await alertOnRisk(estimate, base, t0 + 30 * 60_000);
    expect(created).not.toHaveBeenCalled();
  });

  it('notifies silently by default and with the system sound when asked, once per kind within 5 minutes', async () => {
    expect(estimate.status).toBe('red');
    const on = { ...base, alerts: { notify: true, sound: false, atRiskAbove: 50 } };
    await alertOnRisk(estimate, on, t0 + 30 * 60_000);
    // Both lines are crossed: status red, and 300 at risk > 50.
    expect(created.mock.calls.map(([id, o]) => [id, o.silent])).toEqual([
      ['les-red', true],
      ['les-at-risk', true],
    ]);
    await alertOnRisk(estimate, on, t0 + 34 * 60_000); // 4 minutes later: still ringing would be noise
    expect(created).toHaveBeenCalledTimes(2);
    created.mockClear();
    fakeBrowser.reset();
    (fakeBrowser as unknown as { notifications: unknown }).notifications = { create: created };
    await alertOnRisk(estimate, { ...on, alerts: { ...on.alerts, sound: true } }, t0 + 40 * 60_000);
    expect(created.mock.calls.map(([, o]) => o.silent)).toEqual([false, false]);
  });
});

describe('the missed-pickup notification (issue #15)', () => {
  const on = { ...base, alerts: { notify: true, sound: false, atRiskAbove: 50 } };
  const pickupAt = sh('2026-11-25', '11:00');
  const missed = {
    ...estimate,
    missedPickup: {
      pickupAt,
      parcels: 120,
      nextPickupAt: sh('2026-11-25', '17:00'),
      dispatchDeadline: null,
      scanDeadline: null,
    },
  };

  it('rings once per missed pickup, however many estimates repeat it, even two at once', async () => {
    const at = pickupAt + 25 * 60_000;
    await Promise.all([alertOnMissedPickup(missed, on, at), alertOnMissedPickup(missed, on, at)]);
    await alertOnMissedPickup(missed, on, at + 60_000);
    expect(created.mock.calls.map(([id]) => id)).toEqual([`les-missed-pickup-${pickupAt}`]);
    expect(created.mock.calls[0][1].message).toContain('Missed pickup: 120 parcels still wait after the 11:00 pickup.');
  });

  it('does not ring a pickup missed more than two hours ago (a browser restarted in the evening)', async () => {
    await alertOnMissedPickup(missed, on, pickupAt + 3 * 3_600_000);
    expect(created).not.toHaveBeenCalled();
  });
});
