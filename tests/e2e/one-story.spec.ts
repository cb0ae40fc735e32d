import { defaultSettings, type Settings } from '../../core/settings/settings';
import { expect, test } from './fixtures';
import { WhatIfPanel } from './pages/faces.page';
import { leadingNumber, StreamFigures } from './pages/figures.page';

/** Four packers on a shift that never ends (00:00–00:00 every day) and no carrier pickup: nothing ships. */
const packersNoPickup: Settings = {
  ...defaultSettings,
  stages: {
    ...defaultSettings.stages,
    pickPack: { ordersPerPackerHour: 25, shifts: [{ days: 'Mon-Sun', start: '00:00', end: '00:00', packers: 4 }] },
    ship: { pickups: [] },
  },
};

/**
 * One story on every face (issue #13): the same stream shows the same late-dispatch figure, and the same
 * orders at risk, on the overlay, in the popup, and in the report's list and stream page; a what-if in the
 * popup shows its own figures, marked, and changes nothing the other faces read.
 */
test('one stream: the overlay, the popup and the report show the same late predicted and at risk', async ({
  dashboard,
  extension,
  backDoors,
}) => {
  await backDoors.setSettings(packersNoPickup);
  await dashboard.open();
  await dashboard.addOrders(40);
  // No carrier ever comes: all 40 wait to ship and every one misses its 48 h deadline, so all are at risk.
  await expect(dashboard.overlayFigure('backlog')).toHaveText('40');
  await expect(dashboard.overlayFigure('risk')).toHaveText('40');
  const popup = await extension.openPopup();
  await expect(popup.getByTestId('score-line')).toContainText('after this stream');
  const faces = new StreamFigures(dashboard, popup, await extension.context.newPage());
  const reportUrl = extension.url('report.html');

  // The outlook refreshes as time passes, so the faces are read together until one moment holds for all.
  let late = 0;
  await expect(async () => {
    const readings = await faces.read('late', reportUrl);
    expect(new Set(readings).size, `overlay, popup, list, stream page: ${readings.join(', ')}`).toBe(1);
    late = readings[0];
  }).toPass({ timeout: 30_000 });
  // Nothing is ever shipped: late predicted counts at least the 40 paid orders (and the forecast's on top).
  expect(late).toBeGreaterThanOrEqual(40);
  expect(await faces.read('risk', reportUrl)).toEqual([40, 40, 40, 40]);
  // The same words on every face.
  await expect(popup.getByText('Late predicted', { exact: true })).toBeVisible();
  await expect(dashboard.overlay).toContainText('Late predicted');
  await expect(faces.report.getByText('Late predicted', { exact: true }).first()).toBeVisible();

  // A what-if: an extra pickup (17:00, 400 parcels) ships the 40 in time. Its figures are its own and marked…
  const whatIf = new WhatIfPanel(popup);
  await whatIf.step('Extra carrier pickups', 'one more');
  await expect(popup.getByTestId('what-if-mark')).toContainText('not saved');
  await expect(whatIf.result('risk')).toContainText('0 (now 40)');
  // …the popup's live figures and the stored estimate the report reads stay the live ones.
  await expect(faces.popupFigure('risk')).toHaveText('40');
  await faces.openList(reportUrl);
  await expect(faces.listCell('risk')).toHaveText('40');
  // Back to the live figures: the what-if is gone, the live ones stand as they were.
  await popup.getByRole('button', { name: 'Back to the live figures' }).click();
  await expect(popup.getByTestId('what-if-mark')).toHaveCount(0);
  await expect(popup.getByTestId('step-pickups')).toHaveText('0');
  expect(leadingNumber(await faces.popupFigure('late').textContent())).toBeGreaterThanOrEqual(40);
});
