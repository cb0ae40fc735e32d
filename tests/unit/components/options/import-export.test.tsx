// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../core/settings/settings';
import { parseSettings } from '../../../../core/settings/settings-file';
import { mountOptions, type OptionsUi, PACKERS, PICKUP_TIME } from './harness';

let ui: OptionsUi;
beforeEach(async () => {
  ui = await mountOptions();
});
afterEach(() => ui.unmount());

describe('import and export', () => {
  it('exports the saved settings, not the unsaved draft, as pretty JSON', async () => {
    await ui.type(PACKERS, '6');
    await ui.click(ui.button('Export'));
    const [name, text] = ui.link.download.mock.calls[0];
    expect(name).toBe('les-radar-settings.json');
    expect(text).toContain('\n  "stages": {');
    const parsed = parseSettings(JSON.parse(text));
    expect(parsed.ok && parsed.settings.stages.pickPack.shifts[0].packers).toBe(4);
  });

  it('rejects a bad file with a message naming the file and the field, changing nothing', async () => {
    const bad = structuredClone(defaultSettings);
    bad.stages.ship.pickups[0].time = '25:00';
    await ui.importFile('warehouse.json', JSON.stringify(bad));
    const alert = ui.$('[role="alert"]');
    expect(alert.textContent).toContain('warehouse.json');
    expect(alert.textContent).toContain('stages.ship.pickups[0].time');
    expect(ui.field(PICKUP_TIME).value).toBe('11:00');
    expect(ui.link.save).not.toHaveBeenCalled();
    expect(ui.state.stored).toEqual(defaultSettings);
  });

  it('shows a file name as text, never as markup', async () => {
    await ui.importFile('<img src=x onerror=alert(1)>.json', '{');
    expect(ui.$('[role="alert"]').textContent).toContain('<img src=x onerror=alert(1)>.json is not JSON');
    expect(ui.root.querySelector('img')).toBeNull();
  });

  it('fills the form from a good file, and saves only on Save', async () => {
    const good = structuredClone(defaultSettings);
    good.timezone = 'Europe/London';
    good.stages.pickPack.shifts[0].packers = 7;
    good.stages.ship.pickups.push({ time: '20:30', maxParcels: 150 });
    await ui.importFile('london.json', JSON.stringify(good));
    expect(ui.$('[role="status"].notice').textContent).toContain('london.json');
    expect(ui.field('f-timezone').value).toBe('Europe/London');
    expect(ui.field(PACKERS).value).toBe('7');
    expect(ui.field('f-stages-ship-pickups-2-time').value).toBe('20:30');
    expect(ui.link.save).not.toHaveBeenCalled();
    await ui.click(ui.saveButton());
    expect(ui.state.stored).toEqual(good);
  });
});
