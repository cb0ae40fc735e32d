import { defaultSettings, type Settings } from '../../core/settings/settings';
import { expect, test } from './fixtures';
import { OverlayFrame, toolbarBadge, WhatIfPanel } from './pages/faces.page';
import { idleWarehouse } from './settings';

/** Four packers on a shift that never ends (00:00–00:00 every day), and no carrier pickup. */
const packersNoPickup: Settings = {
  ...defaultSettings,
  stages: {
    ...defaultSettings.stages,
    pickPack: { ordersPerPackerHour: 25, shifts: [{ days: 'Mon-Sun', start: '00:00', end: '00:00', packers: 4 }] },
    ship: { pickups: [] },
  },
};

test('the overlay folded to a dot stays folded after a reload, and the shortcut hides it', async ({
  dashboard,
  backDoors,
}) => {
  await backDoors.setSettings(idleWarehouse);
  await dashboard.open();
  await dashboard.addOrders(5);
  const frame = new OverlayFrame(dashboard);
  await frame.fold.click();
  // Folded: the figures are gone, the dot keeps the status colour and says it in words.
  await expect(dashboard.overlayFigure('paid')).toBeHidden();
  // Nobody packs or ships: all 5 orders will miss their deadline, so the status is red.
  await expect(frame.dot).toHaveAccessibleName('LES Radar: Orders at risk. Expand');
  await expect(frame.dot).toHaveClass(/status-red/);

  await dashboard.page.reload();
  await expect(frame.dot).toBeVisible();
  await expect(dashboard.overlayFigure('paid')).toBeHidden();
  await frame.dot.click();
  await expect(dashboard.overlayFigure('paid')).toHaveText('5');

  // Alt+Shift+L reaches the tab as this message from the background.
  await backDoors.messageTabs({ to: 'tab', type: 'toggle-overlay', payload: {} });
  await expect(dashboard.overlay).toBeHidden();
});

test('the side panel shows the same view as the popup', async ({ dashboard, extension, backDoors }) => {
  await backDoors.setSettings(idleWarehouse);
  await dashboard.open();
  await dashboard.addOrders(37);
  await expect(dashboard.overlayFigure('backlog')).toHaveText('37');
  const popup = await extension.openPopup();
  const panel = await extension.context.newPage();
  await panel.goto(extension.url('sidepanel.html'));
  for (const page of [popup, panel]) {
    await expect(page.getByTestId('stream-id')).toHaveText(dashboard.streamId);
    // No packer: all 37 orders wait in pick & pack.
    await expect(page.getByTestId('stage-pickPack')).toHaveText('37');
    await expect(page.getByTestId('score-line')).toContainText('after this stream');
    await expect(page.getByRole('heading', { name: 'What if…' })).toBeVisible();
  }
  // Only the popup offers to open the side panel; the panel is already it.
  await expect(popup.getByRole('button', { name: 'Keep open in the side panel' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Keep open in the side panel' })).toHaveCount(0);
});

test('the what-if steppers re-run the estimate: an extra pickup clears the backlog, a packer more packs faster', async ({
  dashboard,
  extension,
  backDoors,
}) => {
  await backDoors.setSettings(packersNoPickup);
  await dashboard.open();
  await dashboard.addOrders(10);
  const popup = await extension.openPopup();
  await expect(popup.getByTestId('stream-id')).toHaveText(dashboard.streamId);
  // No pickup at all: nothing is ever picked up.
  await expect(popup.getByTestId('countdown-clear')).toHaveText('—');
  // 4 packers × 25 orders per packer-hour = 100 orders/h, on a shift that never ends.
  await expect(popup.getByTestId('capacity-pickPack')).toContainText('100/h packing now');

  const whatIf = new WhatIfPanel(popup);
  await whatIf.step('Extra carrier pickups', 'one more');
  // The extra pickup comes 3 h after the last one, not before 17:00 (no pickup set: 14:00 + 3 h): at
  // 17:00 with 400 parcels, enough for the 10 orders and the few still expected, which 100/h pack in time.
  await expect(whatIf.result('clear')).toContainText('17:00');
  await expect(whatIf.result('clear')).toContainText('(now —)');
  await expect(popup.getByTestId('capacity-shipTransport')).toContainText('400 parcels a day');

  await whatIf.step('Packers on each shift', 'one more');
  await expect(popup.getByTestId('step-packers')).toHaveText('+1');
  // (4 + 1) × 25 = 125 orders/h
  await expect(popup.getByTestId('capacity-pickPack')).toContainText('125/h packing now');
  // The saved settings are untouched by the what-if.
  const stored = (await backDoors.storedSettings()) as Settings;
  expect(stored.stages.pickPack.shifts[0].packers).toBe(4);
  expect(stored.stages.ship.pickups).toEqual([]);
});

test('the toolbar badge shows the backlog, coloured by risk and named in its title', async ({
  dashboard,
  backDoors,
  serviceWorker,
}) => {
  await backDoors.setSettings(idleWarehouse);
  await dashboard.open();
  await dashboard.addOrders(1237);
  await expect(dashboard.overlayFigure('backlog')).toHaveText('1,237');
  // 1,237 waiting → 1.237 thousand, shown as 1.2k; nobody packs, so all are at risk, and late predicted
  // (the outlook's median, the orders still expected included) is in the title with the same words.
  await expect.poll(async () => (await toolbarBadge(serviceWorker)).text).toBe('1.2k');
  expect((await toolbarBadge(serviceWorker)).title).toMatch(
    /^LES Radar — Orders at risk: 1,237 orders waiting to ship · At risk 1,237 · Late predicted [\d,]+$/,
  );
});
