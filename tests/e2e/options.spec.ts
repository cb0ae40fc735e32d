import { defaultSettings } from '../../core/settings/settings';
import { parseSettings } from '../../core/settings/settings-file';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options.page';

test('the seller sets 6 packers, saves, still sees 6 after a reload, and exports them', async ({ extension }) => {
  const options = await new OptionsPage(await extension.openOptions()).ready();
  await expect(options.packers()).toHaveValue('4');
  await expect(options.page.locator('.field', { has: options.packers() })).toContainText('assumed default — check it');
  await options.packers().fill('6');
  await options.save();

  await options.page.reload();
  await options.ready();
  await expect(options.packers()).toHaveValue('6');

  const file = await options.export();
  expect(file.name).toBe('les-radar-settings.json');
  expect(file.text).toContain('\n  "stages": {');
  const parsed = parseSettings(JSON.parse(file.text));
  if (!parsed.ok) throw new Error(parsed.message);
  expect(parsed.settings.stages.pickPack.shifts[0].packers).toBe(6);
});

test('a bad pickup time gets its message beside the field, and Save waits until it is fixed', async ({ extension }) => {
  const options = await new OptionsPage(await extension.openOptions()).ready();
  await options.pickupTime().fill('25:00');
  await expect(options.messageBeside(['stages', 'ship', 'pickups', 0, 'time'])).toHaveText(
    'expected a time as "HH:MM"',
  );
  await expect(options.pickupTime()).toHaveAttribute('aria-invalid', 'true');
  await expect(options.saveButton).toBeDisabled();

  await options.pickupTime().fill('10:30');
  await expect(options.messageBeside(['stages', 'ship', 'pickups', 0, 'time'])).toHaveCount(0);
  await options.save();
});

test('an import fills the form only from a valid file, and a bad one names the file and the field', async ({
  extension,
}) => {
  const options = await new OptionsPage(await extension.openOptions()).ready();
  const bad = structuredClone(defaultSettings);
  bad.stages.pickPack.shifts[0].packers = -3;
  await options.import('bad.json', JSON.stringify(bad));
  await expect(options.alert).toContainText('bad.json');
  await expect(options.alert).toContainText('stages.pickPack.shifts[0].packers');
  await expect(options.packers()).toHaveValue('4');

  const good = structuredClone(defaultSettings);
  good.stages.pickPack.shifts[0].packers = 9;
  await options.import('good.json', JSON.stringify(good));
  await expect(options.packers()).toHaveValue('9');
  await options.page.reload();
  await options.ready();
  // Not saved: the import only filled the form.
  await expect(options.packers()).toHaveValue('4');
});
