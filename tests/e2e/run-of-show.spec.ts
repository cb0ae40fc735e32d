import { expect, test } from './fixtures';
import { leadingNumber } from './pages/figures.page';
import { RunOfShowSection } from './pages/run-of-show.page';
import { idleWarehouse } from './settings';

/** "HH:MM" in the settings' zone (the defaults': Asia/Shanghai) `minutes` from now. */
const clockIn = (minutes: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }).format(
    Date.now() + minutes * 60_000,
  );

/**
 * Issue #13: the seller's run-of-show is the forecast's prior. A drop planned in the popup raises the
 * forecast at once, on every face: the popup's late predicted and waiting-to-ship forecast, and the overlay.
 */
test('a planned drop of 2,000 orders in 10 minutes raises the forecast in the popup and on the overlay alike', async ({
  dashboard,
  extension,
  backDoors,
}) => {
  // Nothing is packed or shipped: every order, paid or forecast, waits and ends up late.
  await backDoors.setSettings(idleWarehouse);
  await dashboard.open();
  await dashboard.addOrders(40);
  await expect(dashboard.overlayFigure('backlog')).toHaveText('40');
  const popup = await extension.openPopup();
  const plan = new RunOfShowSection(popup);
  await expect(plan.standing).toHaveText('No plan: the forecast is the recent rate fading.');
  await expect(popup.getByTestId('score-line')).toContainText('after this stream');
  const late = popup.getByTestId('late-predicted');
  const before = leadingNumber(await late.textContent());
  // Without a plan, 40 orders and the recent rate fading: far fewer than a drop of 2,000 would bring.
  expect(before).toBeLessThan(2000);

  const clock = clockIn(10);
  await plan.add(clock, '2,000');
  await expect(plan.drops).toHaveText([`${clock} · 2,000 orders`]);
  await expect(plan.section.getByRole('status')).toHaveText(`Saved: a drop at ${clock} with 2,000 orders.`);
  // No drop has begun: the stream's 40 orders so far are not the plan's, so the drop keeps its 2,000.
  await expect(plan.standing).toHaveText(
    'The forecast follows your plan: 2,000 orders planned; no planned drop has begun yet.',
  );
  // The drop's 2,000 orders are all forecast late: late predicted rises by most of them (2,000 less the
  // buyers' cancellations, about 3 %, and the burst's tail cut at a tenth of an order a minute; at least 1,500) …
  await expect
    .poll(async () => leadingNumber(await late.textContent()), { timeout: 20_000 })
    .toBeGreaterThan(before + 1500);
  await expect(popup.getByTestId('backlog-forecast')).toContainText(/in 6 h [1-9],\d{3}/);
  // … and the overlay, asking the background itself, shows the same figure as the popup.
  await expect(async () => {
    const [onOverlay, inPopup] = [
      leadingNumber(await dashboard.overlayFigure('late').textContent()),
      leadingNumber(await late.textContent()),
    ];
    expect(inPopup).toBeGreaterThan(before + 1500);
    expect(onOverlay, `overlay ${onOverlay}, popup ${inPopup}`).toBe(inPopup);
  }).toPass({ timeout: 30_000 });

  // Removed, the plan is gone and the forecast falls back to the recent rate.
  await plan.remove(`${clock} · 2,000 orders`);
  await expect(plan.standing).toHaveText('No plan: the forecast is the recent rate fading.');
  await expect
    .poll(async () => leadingNumber(await late.textContent()), { timeout: 20_000 })
    .toBeLessThan(before + 500);
});
