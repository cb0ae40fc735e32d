// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../core/settings/settings';
import { parseSettings } from '../../../../core/settings/settings-file';
import type { SettingsRead } from '../../../../storage/settings-store';
import { mountOptions, type OptionsUi, PACKERS } from './harness';

const DAYS = 'f-promise-days';

/** The seller's own file from a looser build: six packers, a pickup at 16:00, and a promise of 10^12 business days. */
const hostile = {
  ...defaultSettings,
  promise: { type: 'business-days', days: 1e12, cutoff: '23:59' },
  stages: {
    ...defaultSettings.stages,
    pickPack: { ordersPerPackerHour: 30, shifts: [{ days: 'Mon-Sat', start: '08:00', end: '20:00', packers: 6 }] },
    ship: { pickups: [{ time: '16:00', maxParcels: 900 }] },
  },
};

/** What storage/settings-store.ts's readSettings hands the page for that file. */
function readOf(stored: unknown): SettingsRead {
  const r = parseSettings(stored);
  if (r.ok) throw new Error('the fixture must fail its check');
  return { ok: false, stored, problems: r.problems, message: r.message };
}

let ui: OptionsUi;
afterEach(() => ui.unmount());

describe('the options page over saved settings that fail their check (issue #16)', () => {
  it('shows each problem with its field and saved value, and no form to save until the seller picks', async () => {
    ui = await mountOptions({}, readOf(hostile));
    const list = ui.$('[data-testid="stored-problems"]').textContent;
    expect(list).toContain('promise.days');
    expect(list).toContain('expected 30 or less');
    expect(list).toContain('saved: 1000000000000');
    expect(ui.root.querySelector('button[type="submit"]')).toBeNull();
    expect(ui.link.save).not.toHaveBeenCalled();
  });

  it('Fix loads the saved values with the bad one marked; Save writes the corrected file with the rest kept', async () => {
    ui = await mountOptions({}, readOf(hostile));
    await ui.click(ui.button('Fix'));
    expect(ui.field(DAYS).value).toBe('1000000000000');
    expect(ui.messageBeside(DAYS)).toBe('expected 30 or less');
    expect(ui.field(PACKERS).value).toBe('6'); // the seller's own, not the default 4
    expect(ui.saveButton().disabled).toBe(true);

    await ui.type(DAYS, '3');
    await ui.click(ui.saveButton());
    expect(ui.link.save).toHaveBeenCalledTimes(1);
    expect(ui.state.stored.promise).toEqual({ type: 'business-days', days: 3, cutoff: '23:59' });
    expect(ui.state.stored.stages.pickPack.shifts[0].packers).toBe(6);
    expect(ui.state.stored.stages.ship.pickups).toEqual([{ time: '16:00', maxParcels: 900 }]);
    // Saved: the problems are gone.
    expect(ui.root.querySelector('[data-testid="stored-problems"]')).toBeNull();
  });

  it('Reset to defaults puts the defaults in the form, and writes them only on Save', async () => {
    ui = await mountOptions({}, readOf(hostile));
    const reset = [...ui.root.querySelectorAll('.stored-problems button')].find(
      (b) => b.textContent === 'Reset to defaults',
    );
    await ui.click(reset as HTMLButtonElement);
    expect(ui.field(PACKERS).value).toBe('4');
    expect(ui.link.save).not.toHaveBeenCalled();
    await ui.click(ui.saveButton());
    expect(ui.state.stored).toEqual(defaultSettings);
  });

  it('keeps Save off after Fix while the scorecard override (which has no field) is wrong, and says why', async () => {
    const badOverride = {
      ...defaultSettings,
      scorecardOverride: { indicators: { waybillOnTimeRate: { weight: -1 } } },
    };
    ui = await mountOptions({}, readOf(badOverride));
    expect(ui.$('[data-testid="stored-problems"]').textContent).toContain('scorecardOverride');
    await ui.click(ui.button('Fix'));
    expect(ui.saveButton().disabled).toBe(true);
    expect(ui.$('.save-bar .field-error').textContent).toContain('scorecardOverride: ');
    expect(ui.$('.save-bar .field-error').textContent).toContain('indicators.waybillOnTimeRate.weight');
  });

  it('exports the saved file as it is, for a copy before a reset', async () => {
    ui = await mountOptions({}, readOf(hostile));
    await ui.click(ui.button('Export'));
    const [, text] = ui.link.download.mock.calls[0];
    expect(JSON.parse(text).promise.days).toBe(1e12);
  });
});
