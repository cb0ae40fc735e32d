import { expect, test } from './fixtures';
import { idleWarehouse } from './settings';

test.beforeEach(async ({ backDoors }) => {
  await backDoors.setSettings(idleWarehouse);
});

test('the overlay sits in a shadow root and follows the page count', async ({ dashboard }) => {
  await dashboard.open();
  const inShadowRoot = await dashboard.page.evaluate(() => !!document.querySelector('les-radar-overlay')?.shadowRoot);
  expect(inShadowRoot).toBe(true);
  await expect(dashboard.overlayFigure('paid')).toHaveText('0');
  await dashboard.addOrders(37);
  await expect(dashboard.overlayFigure('paid')).toHaveText('37');
  await dashboard.addOrders(1200);
  // 37 + 1,200 = 1,237, formatted as the page formats it.
  await expect(dashboard.overlayFigure('paid')).toHaveText('1,237');
  // No packer and no pickup: all 1,237 stream orders wait to ship, all paid in the last minute.
  await expect(dashboard.overlayFigure('backlog')).toHaveText('1,237');
  await expect(dashboard.overlayFigure('rate')).toHaveText('1,237');
  // Nobody ever packs, so every order will miss its 48 h ship-by deadline: all at risk, status red.
  await expect(dashboard.overlayFigure('risk')).toHaveText('1,237');
  await expect(dashboard.overlay.locator('[data-status]')).toHaveAttribute('data-status', 'red');
});

test('the popup shows the four stage backlogs of the live stream', async ({ dashboard, extension }) => {
  await dashboard.open();
  await dashboard.addOrders(37);
  await expect(dashboard.overlayFigure('backlog')).toHaveText('37');
  const popup = await extension.openPopup();
  await expect(popup.getByTestId('stream-id')).toHaveText(dashboard.streamId);
  // Receipt is automatic; with no packer all 37 orders wait in pick & pack.
  await expect(popup.getByTestId('stage-receipt')).toHaveText('0');
  await expect(popup.getByTestId('stage-pickPack')).toHaveText('37');
  await expect(popup.getByTestId('stage-shipTransport')).toHaveText('0');
  await expect(popup.getByTestId('stage-delivery')).toHaveText('0');
  // The popup follows the stream while open.
  await dashboard.addOrders(5);
  await expect(popup.getByTestId('stage-pickPack')).toHaveText('42');
  // The score outlook from the worker's Monte Carlo: score now → after the stream, and ranked actions.
  // Nobody packs and no carrier comes, so only demand levers (order receipt) help: they come first.
  await expect(popup.getByTestId('score-line')).toContainText('after this stream');
  await expect(popup.getByTestId('actions').locator('li').first()).toContainText('Order receipt');
  await expect(popup.getByTestId('actions').locator('li[data-action="packers+1"]')).toHaveCount(0);
  // Which stage holds the late orders: with neither packers nor pickups, pick & pack and ship & transport
  // only clear them together, so they share them equally and the sentence names one of the two.
  await expect(popup.getByTestId('attribution')).toContainText('% of the');
});

test('the report page lists the recorded stream', async ({ dashboard, extension }) => {
  await dashboard.open();
  await dashboard.addOrders(12);
  await expect(dashboard.overlayFigure('backlog')).toHaveText('12');
  const report = await extension.openReport();
  const row = report.locator(`tr[data-stream="${dashboard.streamId}"]`);
  await expect(row).toBeVisible();
  await expect(row.locator('td').nth(3)).toHaveText('12');
});
