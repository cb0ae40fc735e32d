import { expect, test } from './fixtures';
import { CustomPage } from './pages/custom.page';
import { DashboardPage } from './pages/dashboard.page';
import { PlatformPage, TIKTOK } from './pages/platform.page';
import { idleWarehouse } from './settings';

test.beforeEach(async ({ backDoors }) => {
  await backDoors.setSettings(idleWarehouse);
});

test('a removed counter says "capture lost" within 10 s, naming the source, and the picker binds a new one', async ({
  dashboard,
  backDoors,
}) => {
  await dashboard.open();
  await dashboard.addOrders(12);
  await expect(dashboard.overlayFigure('paid')).toHaveText('12');
  // A dashboard release drops the tile.
  await dashboard.page.evaluate(() => document.getElementById('paid')?.parentElement?.remove());
  await expect(dashboard.overlay.locator('[data-status]')).toHaveAttribute('data-status', 'lost', { timeout: 10_000 });
  await expect(dashboard.overlay.getByTestId('overlay-problem')).toHaveText(
    'Demo dashboard: paid-order counter not found on the page',
  );
  // The tile comes back under a new name the adapter does not know; the host picks it.
  await dashboard.page.evaluate(() => {
    const tile = document.createElement('section');
    tile.innerHTML = '<h4>Orders (paid)</h4><output id="paid-v2">15</output>';
    document.body.prepend(tile);
  });
  await dashboard.overlay.getByRole('button', { name: 'Pick the number' }).click();
  await dashboard.page.locator('#paid-v2').click();
  await expect(dashboard.overlay.locator('[data-status]')).not.toHaveAttribute('data-status', 'lost');
  await expect(dashboard.overlayFigure('paid')).toHaveText('15');
  // The pick is saved for the site: by its label, without class names.
  const settings = await backDoors.storedSettings();
  const capture = settings?.capture as { bindings: unknown[] } | undefined;
  expect(capture?.bindings).toEqual([
    expect.objectContaining({
      origin: new URL(dashboard.demo.url).origin,
      label: 'Orders (paid)',
      id: 'paid-v2',
      sample: '15',
    }),
  ]);
  await expect
    .poll(async () => (await backDoors.storedSnapshots(dashboard.streamId)).map((s) => s.paidOrders))
    .toEqual([0, 12, 15]);
});

test('on a platform’s page the picker, loaded only when asked, binds a counter the adapter lost', async ({
  context,
}) => {
  // The platforms' content scripts import the picker from the extension on demand (issue #17).
  const tiktok = await PlatformPage.serve(context, TIKTOK);
  await tiktok.setPaid(1_234);
  await tiktok.open();
  await expect(tiktok.figure('paid')).toHaveText('1,234');
  await tiktok.page.evaluate(() => {
    document.querySelector('main')?.remove(); // a release drops the metric cards
    const tile = document.createElement('section');
    tile.innerHTML = '<h4>Deals closed</h4><output id="deals">1,250</output>';
    document.body.prepend(tile);
  });
  await expect(tiktok.overlay.locator('[data-status]')).toHaveAttribute('data-status', 'lost', { timeout: 10_000 });
  await tiktok.overlay.getByRole('button', { name: 'Pick the number' }).click();
  // Its hint shows once it has loaded and listens.
  await expect(tiktok.page.locator('les-radar-overlay .les-pick-hint')).toContainText('Point at the paid-order number');
  await tiktok.page.locator('#deals').click();
  await expect(tiktok.figure('paid')).toHaveText('1,250');
});

test('the picker binds a number on a page no adapter knows, and finds it again after a reload', async ({
  context,
  backDoors,
}) => {
  const wallboard = await CustomPage.serve(context);
  await wallboard.open();
  await expect(wallboard.overlay).toHaveCount(0); // unknown page, nothing picked: no overlay
  // The popup's "Pick the number on this page" sends this to its tab.
  expect(await backDoors.messageTabs({ to: 'tab', type: 'start-picker', payload: {} })).toEqual([
    { ok: true, data: { started: true } },
  ]);
  await expect(wallboard.pickHint).toContainText('Point at the paid-order number');
  await wallboard.page.getByText('Evening').click(); // not a number: the hint says so, nothing is bound
  await expect(wallboard.pickHint).toContainText('That is not a number');
  await wallboard.page.locator('#today').click();
  await expect(wallboard.overlay.getByTestId('overlay-paid')).toHaveText('512');
  await wallboard.setToday('530');
  await expect(wallboard.overlay.getByTestId('overlay-paid')).toHaveText('530');
  await wallboard.page.reload();
  await expect(wallboard.overlay.getByTestId('overlay-paid')).toHaveText('530');
  await wallboard.setToday('545');
  await expect(wallboard.overlay.getByTestId('overlay-paid')).toHaveText('545');
  // 512, 530, then after the reload 530 again (not recorded twice) and 545.
  await expect
    .poll(async () => (await backDoors.storedSnapshots(CustomPage.STREAM)).map((s) => [s.seq, s.paidOrders, s.source]))
    .toEqual([
      [0, 512, 'picked/picked'],
      [1, 530, 'picked/picked'],
      [2, 545, 'picked/picked'],
    ]);
});

test('an adapter switched off in the settings stops capturing and says so; on again, it resumes', async ({
  dashboard,
  backDoors,
}) => {
  await backDoors.setSettings({ ...idleWarehouse, capture: { disabledAdapters: ['demo'], bindings: [] } });
  await dashboard.open();
  await expect(dashboard.overlay.locator('[data-status]')).toHaveAttribute('data-status', 'off');
  await expect(dashboard.overlay.getByTestId('overlay-problem')).toHaveText(
    'Demo dashboard: capture is switched off in Options',
  );
  await dashboard.addOrders(5);
  // Given time to store something (the health tick runs every second), nothing is.
  await dashboard.page.waitForTimeout(1500);
  expect(await backDoors.storedSnapshots(dashboard.streamId)).toEqual([]);
  await backDoors.setSettings(idleWarehouse);
  await expect(dashboard.overlayFigure('paid')).toHaveText('5');
  await expect.poll(async () => (await backDoors.storedSnapshots(dashboard.streamId)).length).toBe(1);
});

test('two tabs on one stream: one captures, the other waits, and takes over when the first closes', async ({
  context,
  dashboard,
  backDoors,
}) => {
  await dashboard.open();
  await dashboard.addOrders(3);
  await expect(dashboard.overlayFigure('paid')).toHaveText('3');
  const second = new DashboardPage(await context.newPage(), dashboard.demo);
  await second.open();
  const secondStatus = second.overlay.locator('[data-status]');
  await expect(secondStatus).toHaveAttribute('data-status', 'standby');
  await dashboard.addOrders(4);
  await expect(dashboard.overlayFigure('paid')).toHaveText('7');
  await dashboard.page.close();
  await expect(secondStatus).not.toHaveAttribute('data-status', 'standby');
  await second.addOrders(2);
  await expect(second.overlayFigure('paid')).toHaveText('9');
  // One count: 0, 3, 7 from the first tab, 9 from the second (its first reading, 7, was already recorded).
  await expect
    .poll(async () => (await backDoors.storedSnapshots(dashboard.streamId)).map((s) => [s.seq, s.paidOrders]))
    .toEqual([
      [0, 0],
      [1, 3],
      [2, 7],
      [3, 9],
    ]);
});

test('a count typed in the popup is recorded, and the tab’s next reading goes after it', async ({
  dashboard,
  extension,
  backDoors,
}) => {
  await dashboard.open();
  await dashboard.addOrders(3);
  await expect.poll(async () => (await backDoors.storedSnapshots(dashboard.streamId)).length).toBe(2);
  const popup = await extension.openPopup();
  // Opened as a tab, the popup's own tab has no capture; the typed count goes to the latest stream.
  await expect(popup.getByTestId('capture-status')).toHaveText('No live dashboard on this tab.');
  await popup.getByLabel('Paid orders now').fill('10');
  await popup.getByRole('button', { name: 'Record' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Recorded' })).toHaveText('Recorded 10 paid orders.');
  await dashboard.addOrders(12);
  await expect
    .poll(async () => (await backDoors.storedSnapshots(dashboard.streamId)).map((s) => [s.seq, s.paidOrders, s.source]))
    // The tab numbered its 15 as seq 2, which the typed count holds: the store moved it to seq 3.
    .toEqual([
      [0, 0, 'demo/page'],
      [1, 3, 'demo/page'],
      [2, 10, 'manual'],
      [3, 15, 'demo/page'],
    ]);
});
