import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { CountersPage } from './pages/counters.page';
import { idleWarehouse } from './settings';

const MINUTE = 60_000;

/**
 * Issue #15: the warehouse's own numbers. The seller picks three counters on an ERP-like board and names
 * each; the popup's stage bars then start from them, and a scheduled pickup that passed without the
 * "waiting for the carrier" count dropping raises the watchdog's alert.
 */
test('three picked stage counters drive the popup’s stage bars, and a missed pickup raises the alert', async ({
  context,
  dashboard,
  extension,
  backDoors,
}) => {
  // A warehouse that packs nothing during the test, on UTC, whose one daily pickup was half an hour ago.
  const pickupAt = Math.floor((Date.now() - 30 * MINUTE) / MINUTE) * MINUTE;
  const clock = new Date(pickupAt).toISOString().slice(11, 16);
  await backDoors.setSettings({
    ...idleWarehouse,
    timezone: 'UTC',
    stages: { ...idleWarehouse.stages, ship: { pickups: [{ time: clock, maxParcels: 400 }] } },
  });

  const board = await CountersPage.serve(context);
  await board.open();
  // The popup's three "Pick: …" buttons send these to the tab, one after the other.
  for (const [role, id, hint] of [
    ['pickPack', 'to-pack', 'waiting to be packed'],
    ['shipTransport', 'awaiting-carrier', 'waiting for the carrier'],
    ['shippedToday', 'shipped-today', 'shipped today'],
  ] as const) {
    await backDoors.messageTabs({ to: 'tab', type: 'start-picker', payload: { role } });
    await board.pick(id, hint);
  }
  // Saved for the site, one binding per role.
  await expect
    .poll(async () => {
      const s = (await backDoors.storedSettings()) as { capture: { bindings: { role?: string; label: string }[] } };
      return s.capture.bindings.map((b) => [b.role, b.label]);
    })
    .toEqual([
      ['pickPack', 'To pack'],
      ['shipTransport', 'Packed, awaiting carrier'],
      ['shippedToday', 'Handed to carrier today'],
    ]);

  // Before the pickup this tab showed 120 parcels waiting for the carrier: a reading from five minutes before it,
  // as the tab sent it then (same page id; the test cannot wait for the clock).
  await expect.poll(async () => (await backDoors.storedStageReadings()).length).toBeGreaterThan(0);
  const tab = (await backDoors.storedStageReadings()).at(-1)?.page;
  const sent = await backDoors.sendRaw({
    to: 'background',
    type: 'stage-reading',
    payload: {
      at: pickupAt - 5 * MINUTE,
      origin: CountersPage.ORIGIN,
      source: 'picked',
      page: tab,
      counts: { pickPack: 1000, shipTransport: 120, shippedToday: 400 },
    },
  });
  expect(sent).toEqual({ ok: true, data: { changed: true } });
  // The stream: 300 orders; the board then shows them in its queue too (1,116 + 300 = 1,416 to pack).
  await dashboard.open();
  await dashboard.addOrders(300);
  await board.set('to-pack', '1,416');

  const popup = await extension.openPopup();
  // The bars are the board's counts, not the settings' (which pack nothing: 300 waiting, 0 for the carrier).
  await expect(popup.getByTestId('stage-pickPack')).toHaveText('1,416');
  await expect(popup.getByTestId('stage-shipTransport')).toHaveText('135');
  await expect(popup.getByTestId('observed-vs-inferred')).toHaveText(
    'The settings expect 300 waiting to be packed and 0 waiting for the carrier; the warehouse shows 1,416 and 135.',
  );
  // The pickup passed and 135 ≥ 120 still wait: it was missed, with the 120 that waited for it.
  await expect(popup.getByTestId('missed-pickup')).toContainText(
    `Missed pickup: 120 parcels still wait after the ${clock} pickup.`,
  );
  // The new lines pass axe-core like every face (issue #6): no serious or critical violation, light and dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: popup })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join('; ')}`)).toEqual([]);
  }
  await expect(dashboard.overlay.getByTestId('overlay-missed-pickup')).toContainText(
    `Missed pickup ${clock}: 120 parcels wait`,
  );
});

test('Seller Center’s Manage Orders tabs are read at their real address, the stage watch loaded on demand', async ({
  context,
  backDoors,
}) => {
  // The adapter's own fixture (reconstruction, unverified: core/adapters/tiktok/fixtures/PROVENANCE.md), served
  // where the page lives, so the TikTok content script runs and imports stages.js from the extension.
  const file = join(
    import.meta.dirname,
    '..',
    '..',
    'core',
    'adapters',
    'tiktok',
    'fixtures',
    'order-tabs-parentheses.html',
  );
  const html = readFileSync(file, 'utf8');
  await context.route('https://seller-us.tiktok.com/order*', (route) =>
    route.fulfill({ contentType: 'text/html', body: html }),
  );
  const page = await context.newPage();
  await page.goto('https://seller-us.tiktok.com/order?tab=to_ship');
  // "Awaiting shipment (1,116)" and "Awaiting collection (312)": one reading, from the stage adapter.
  await expect
    .poll(async () => (await backDoors.storedStageReadings()).map((r) => [r.source, r.counts]))
    .toEqual([['tiktok-orders', { pickPack: 1116, shipTransport: 312 }]]);
});
