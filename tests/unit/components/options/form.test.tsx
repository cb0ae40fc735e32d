// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { controlPaths } from '../../../../components/options/draft';
import { fieldId } from '../../../../components/options/issues';
import { defaultSettings } from '../../../../core/settings/settings';
import { mountOptions, type OptionsUi, PACKERS, PICKUP_TIME } from './harness';

let ui: OptionsUi;
beforeEach(async () => {
  ui = await mountOptions();
});
afterEach(() => ui.unmount());

describe('the options form', () => {
  it('shows the saved settings, with each assumed default marked', () => {
    expect(ui.field(PACKERS).value).toBe('4');
    expect(ui.field('f-stages-delivery-onTimeRate').value).toBe('93');
    expect(ui.field('f-timezone').value).toBe('Asia/Shanghai');
    expect(ui.$(`#${PACKERS}-note`).textContent).toBe('assumed default — check it');
    expect(ui.field(PACKERS).getAttribute('aria-describedby')).toContain(`${PACKERS}-note`);
    expect(ui.field(PACKERS).getAttribute('aria-invalid')).toBe('false');
    expect(ui.saveButton().disabled).toBe(false);
  });

  it('labels every control, and has a control for every path it validates', () => {
    const ids = [...ui.root.querySelectorAll('input, select')].map((el) => el.id);
    expect(ids.filter((id) => id !== 'import-file').sort()).toEqual(controlPaths(defaultSettings).map(fieldId).sort());
    for (const id of ids) expect(ui.root.querySelector(`label[for="${id}"]`), id).not.toBeNull();
  });

  it('shows a message beside an invalid field and disables Save until it is fixed, then saves', async () => {
    await ui.type(PACKERS, '-1');
    expect(ui.messageBeside(PACKERS)).toBe('expected 0 or more');
    expect(ui.field(PACKERS).getAttribute('aria-invalid')).toBe('true');
    expect(ui.saveButton().disabled).toBe(true);
    expect(ui.root.textContent).toContain('1 field needs fixing before Save.');

    await ui.type(PACKERS, '6');
    expect(ui.messageBeside(PACKERS)).toBeNull();
    expect(ui.root.querySelector(`#${PACKERS}-note`)).toBeNull();
    expect(ui.saveButton().disabled).toBe(false);
    await ui.click(ui.saveButton());
    expect(ui.link.save).toHaveBeenCalledTimes(1);
    expect(ui.state.stored.stages.pickPack.shifts[0].packers).toBe(6);
    expect(ui.saveButton().textContent).toBe('Saved');
    await ui.type(PACKERS, '7');
    expect(ui.saveButton().textContent).toBe('Save');
  });

  it('puts a bad pickup time and an empty box beside their own fields', async () => {
    await ui.type(PICKUP_TIME, '25:00');
    await ui.type('f-stages-ship-pickups-1-maxParcels', '');
    expect(ui.messageBeside(PICKUP_TIME)).toBe('expected a time as "HH:MM"');
    expect(ui.messageBeside('f-stages-ship-pickups-1-maxParcels')).toBe('enter a number');
    expect(ui.messageBeside('f-stages-ship-pickups-0-maxParcels')).toBeNull();
    expect(ui.saveButton().disabled).toBe(true);
  });

  it('edits the on-time rate as a percentage', async () => {
    await ui.type('f-stages-delivery-onTimeRate', '120');
    expect(ui.messageBeside('f-stages-delivery-onTimeRate')).toBe('expected 100 % or less');
    await ui.type('f-stages-delivery-onTimeRate', '95.5');
    await ui.click(ui.saveButton());
    expect(ui.state.stored.stages.delivery.onTimeRate).toBeCloseTo(0.955, 10);
  });

  it('shows the fields of the chosen promise type and receipt mode', async () => {
    await ui.pick('f-promise-type', 'hours');
    expect(ui.messageBeside('f-promise-hours')).toBe('enter a number');
    await ui.type('f-promise-hours', '36');
    expect(ui.saveButton().disabled).toBe(false);
    await ui.pick('f-promise-type', 'same-day');
    expect(ui.root.querySelector('#f-promise-hours')).toBeNull();
    expect(ui.field('f-promise-cutoff').value).toBe('16:00');
    expect(ui.root.querySelector('#f-promise-cutoff-note')).not.toBeNull();
    await ui.pick('f-stages-receipt-mode', 'batch');
    await ui.type('f-stages-receipt-everyMinutes', '15');
    await ui.click(ui.saveButton());
    expect(ui.state.stored.promise).toEqual({ type: 'same-day', cutoff: '16:00' });
    expect(ui.state.stored.stages.receipt).toEqual({ mode: 'batch', everyMinutes: 15 });
  });

  it('adds and removes shift and pickup rows', async () => {
    await ui.click(ui.button('Add shift'));
    expect(document.activeElement?.id).toBe('f-stages-pickPack-shifts-1-days');
    expect(ui.saveButton().disabled).toBe(true);
    for (const [k, v] of [
      ['days', 'Sat,Sun'],
      ['start', '22:00'],
      ['end', '06:00'],
      ['packers', '2'],
    ]) {
      await ui.type(`f-stages-pickPack-shifts-1-${k}`, v);
    }
    await ui.click(ui.button('Remove pickup 1'));
    expect(document.activeElement?.id).toBe('add-pickup');
    expect(ui.field(PICKUP_TIME).value).toBe('17:00');
    await ui.click(ui.saveButton());
    expect(ui.state.stored.stages.pickPack.shifts[1]).toEqual({
      days: 'Sat,Sun',
      start: '22:00',
      end: '06:00',
      packers: 2,
    });
    expect(ui.state.stored.stages.ship.pickups).toEqual([{ time: '17:00', maxParcels: 400 }]);
  });

  it('resets the form to the defaults without saving', async () => {
    await ui.type(PACKERS, '9');
    await ui.click(ui.button('Reset to defaults'));
    expect(ui.field(PACKERS).value).toBe('4');
    expect(ui.link.save).not.toHaveBeenCalled();
  });
});
