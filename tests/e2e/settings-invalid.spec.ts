import { defaultSettings } from '../../core/settings/settings';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options.page';

/**
 * Issue #16: a settings file saved by an older, looser build (or edited by hand) with a promise of 10^12
 * business days, beside the seller's own six packers and 16:00 pickup. Its shape is the settings file's
 * (core/settings/settings.ts) as `defaultSettings` writes it.
 */
const hostile = {
  ...defaultSettings,
  promise: { type: 'business-days', days: 1e12, cutoff: '23:59' },
  stages: {
    ...defaultSettings.stages,
    pickPack: { ordersPerPackerHour: 30, shifts: [{ days: 'Mon-Sat', start: '08:00', end: '20:00', packers: 6 }] },
    ship: { pickups: [{ time: '16:00', maxParcels: 900 }] },
  },
};
const DAYS = ['promise', 'days'] as const;

test('saved settings that fail their check are shown with their problems, and nothing writes over them until the seller fixes them', async ({
  extension,
  backDoors,
}) => {
  await backDoors.setSettings(hostile);
  const options = new OptionsPage(await extension.openOptions());
  await expect(options.storedProblems).toContainText('promise.days');
  await expect(options.storedProblems).toContainText('expected 30 or less');
  await expect(options.storedProblems).toContainText('saved: 1000000000000');
  // No form, so no Save that could write the defaults over the seller's file.
  await expect(options.saveButton).toHaveCount(0);

  // The popup says its figures run on the defaults meanwhile.
  const popup = await extension.openPopup();
  await expect(popup.getByRole('alert')).toContainText('The saved settings have 1 problem(s)');
  // A number picked on a dashboard is not saved over them either.
  const binding = { origin: 'https://shop.example.com', label: 'Orders', path: 'div>span', id: null, sample: '12' };
  const pick = (await backDoors.sendRaw({
    to: 'background',
    type: 'save-binding',
    payload: { binding: { ...binding, pickedAt: Date.now() } },
  })) as { ok: boolean };
  expect(pick.ok).toBe(false);
  await options.page.reload();
  await expect(options.storedProblems).toContainText('promise.days');
  expect(await backDoors.storedSettings()).toEqual(hostile);

  // Fix: the saved values in the form, the bad one marked, the seller's own figures kept.
  await options.storedProblems.getByRole('button', { name: 'Fix' }).click();
  await expect(options.field(DAYS)).toHaveValue('1000000000000');
  await expect(options.messageBeside(DAYS)).toHaveText('expected 30 or less');
  await expect(options.packers()).toHaveValue('6');
  await expect(options.saveButton).toBeDisabled();
  expect(await backDoors.storedSettings()).toEqual(hostile);

  await options.field(DAYS).fill('3');
  await options.save();
  const saved = await backDoors.storedSettings();
  expect(saved?.promise).toEqual({ type: 'business-days', days: 3, cutoff: '23:59' });
  expect(saved?.stages).toEqual(hostile.stages);
  await options.page.reload();
  await options.ready();
  await expect(options.storedProblems).toHaveCount(0);
  await expect(options.field(DAYS)).toHaveValue('3');
});

test('Reset to defaults replaces saved settings that fail their check only when the seller saves', async ({
  extension,
  backDoors,
}) => {
  await backDoors.setSettings(hostile);
  const options = new OptionsPage(await extension.openOptions());
  await options.storedProblems.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(options.packers()).toHaveValue('4');
  expect(await backDoors.storedSettings()).toEqual(hostile);
  await options.save();
  expect(await backDoors.storedSettings()).toEqual(defaultSettings);
});
