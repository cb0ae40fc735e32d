// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitList } from '../../../../components/options/draft';
import { mountOptions, type OptionsUi } from './harness';

const WAREHOUSE = 'f-calendar-warehouseClosed';
const EXTENSIONS = 'f-calendar-platformExtensions';
const PICKUP_DAYS = 'f-stages-ship-pickups-0-days';

describe('splitList', () => {
  it('reads commas, semicolons, spaces and Chinese commas between the dates', () => {
    expect(splitList(' 2026-11-26, 2026-12-25;2027-01-01 ，2027-02-17 ')).toEqual([
      '2026-11-26',
      '2026-12-25',
      '2027-01-01',
      '2027-02-17',
    ]);
    expect(splitList('  ')).toEqual([]);
  });
});

describe('the options page: closed days and pickup days', () => {
  let ui: OptionsUi;
  beforeEach(async () => {
    ui = await mountOptions();
  });
  afterEach(() => ui.unmount());

  it('edits a list as comma-separated dates and saves it', async () => {
    expect(ui.field(WAREHOUSE).value).toBe('');
    await ui.type(WAREHOUSE, '2026-11-26, 2026-12-25');
    await ui.type(EXTENSIONS, '2026-12-01');
    expect(ui.field(WAREHOUSE).value).toBe('2026-11-26, 2026-12-25'); // the typed text stays as typed
    await ui.click(ui.saveButton());
    expect(ui.state.stored.calendar).toEqual({
      platformExtensions: ['2026-12-01'],
      warehouseClosed: ['2026-11-26', '2026-12-25'],
      carrierClosed: [],
      forceMajeure: [],
    });
  });

  it('names a bad date once beside its list and blocks Save', async () => {
    await ui.type(WAREHOUSE, '2026-11-31, 26/11/2026');
    expect(ui.messageBeside(WAREHOUSE)).toBe('expected dates as YYYY-MM-DD, such as 2026-11-27');
    expect(ui.saveButton().disabled).toBe(true);
    await ui.type(WAREHOUSE, '2026-11-30');
    expect(ui.messageBeside(WAREHOUSE)).toBeNull();
    expect(ui.saveButton().disabled).toBe(false);
  });

  it('edits a pickup’s days like a shift’s; left empty, it runs every day', async () => {
    expect(ui.field(PICKUP_DAYS).value).toBe(''); // the default pickups run every day
    await ui.type(PICKUP_DAYS, 'Sundays');
    expect(ui.messageBeside(PICKUP_DAYS)).toBe('expected days such as "Mon-Fri" or "Sat,Sun"');
    await ui.type(PICKUP_DAYS, 'Mon-Sat');
    await ui.click(ui.saveButton());
    expect(ui.state.stored.stages.ship.pickups[0].days).toBe('Mon-Sat');
    await ui.type(PICKUP_DAYS, '');
    await ui.click(ui.saveButton());
    expect(ui.state.stored.stages.ship.pickups[0].days).toBeUndefined();
    await ui.click(ui.button('Add pickup'));
    expect(ui.field('f-stages-ship-pickups-2-days').value).toBe('Mon-Sun');
  });
});
