import { expect, test } from './fixtures';
import { DouyinAnchorPage, DouyinDeskPage } from './pages/douyin-anchor.page';
import { idleWarehouse } from './settings';

// The pages are served at their documented addresses (tests/fixtures/live/douyin-anchor.html and
// douyin-desk.html, whose sources core/adapters/douyin/fixtures/PROVENANCE.md lists).

test.beforeEach(async ({ backDoors }) => {
  await backDoors.setSettings(idleWarehouse);
});

test('Douyin anchor screen, the order feed its only source: every paid order counted once through a reload and two service-worker stops, no nick name stored', async ({
  context,
  backDoors,
}) => {
  // A window of the latest 5 orders: older ones roll out of the feed as new ones come.
  const anchor = await DouyinAnchorPage.serve(context, { window: 5 });
  const [placed] = anchor.place(1);
  anchor.pay(3);
  await anchor.open();
  // A fresh stream: the first window's three paid orders count; the placed one does not, yet.
  await expect(anchor.figure('paid')).toHaveText('3');
  await expect(anchor.page.getByText(anchor.nickNames[0])).toBeVisible(); // the screen shows its buyers
  anchor.payPlaced(placed);
  await expect(anchor.figure('paid')).toHaveText('4');
  anchor.pay(2);
  await expect(anchor.figure('paid')).toHaveText('6');

  // A reload, during which one more order is paid: the reloaded screen's first window holds the six
  // counted orders again (the store lists them, so none counts twice) and the new one (listed nowhere, so
  // it counts; a tab that remembered nothing would have to take that window as a baseline and miss it).
  anchor.freezeOpenScreen();
  anchor.pay(1);
  await anchor.page.reload();
  await expect(anchor.overlay).toBeVisible();
  await expect(anchor.figure('paid')).toHaveText('7');
  anchor.pay(1);
  await expect(anchor.figure('paid')).toHaveText('8');

  // The background stops while two orders are paid, then again right after one more.
  await backDoors.stopServiceWorker();
  anchor.pay(2);
  await expect(anchor.figure('paid')).toHaveText('10');
  anchor.pay(1);
  await backDoors.stopServiceWorker();
  await expect(anchor.figure('paid')).toHaveText('11');
  expect(backDoors.serviceWorkerStops).toBeGreaterThanOrEqual(2);

  // What is stored: a count rising to the 11 paid orders, seqs without gap or repeat, from the feed alone.
  expect(anchor.paidIds).toHaveLength(11);
  await expect
    .poll(async () => (await backDoors.storedSnapshots(DouyinAnchorPage.STREAM)).at(-1)?.paidOrders, {
      timeout: 15_000,
    })
    .toBe(11);
  const snaps = await backDoors.storedSnapshots(DouyinAnchorPage.STREAM);
  expect(snaps.map((s) => s.seq)).toEqual(snaps.map((_, i) => i));
  expect(snaps.map((s) => s.paidOrders)).toEqual([...snaps.map((s) => s.paidOrders)].sort((a, b) => a - b));
  expect(new Set(snaps.map((s) => s.paidOrders)).size).toBe(snaps.length); // never the same count twice
  expect(new Set(snaps.map((s) => s.source))).toEqual(new Set(['douyin/network-events']));

  // Every store of the extension's database, scanned: each paid order listed once, no buyer's nick name anywhere.
  const { stores, json } = await backDoors.storedDatabase();
  expect(stores).toContain('feedOrders');
  const feedOrders = (JSON.parse(json) as { feedOrders: { streamId: string; orderId: string }[] }).feedOrders;
  expect(feedOrders.map((r) => r.orderId).sort()).toEqual([...anchor.paidIds].sort());
  expect(feedOrders.every((r) => r.streamId === DouyinAnchorPage.STREAM && Object.keys(r).length === 2)).toBe(true);
  for (const nick of anchor.nickNames) expect(json).not.toContain(nick);
  expect(json).not.toContain('晴空买家');
});

test('Douyin control desk: the room from promotions_v2, and "paused" naming the dialog that froze the desk', async ({
  context,
  backDoors,
}) => {
  const desk = await DouyinDeskPage.serve(context);
  await desk.open();
  // The desk's address and page name no room: promotions_v2 does, and the 成交订单 tile gives the count.
  await expect(desk.figure('paid')).toHaveText('876');
  await expect
    .poll(async () => (await backDoors.storedSnapshots(DouyinDeskPage.STREAM)).map((s) => s.paidOrders))
    .toEqual([876]);

  await desk.dialogOpens('idle');
  await expect(desk.status()).toHaveAttribute('data-status', 'paused');
  await expect(desk.status()).toHaveText('Paused');
  await expect(desk.figure('problem')).toHaveText(
    "Douyin live screen paused: the desk's idle-protection dialog is open",
  );
  await expect(desk.figure('paid')).toHaveText('876'); // the count up to the freeze stays on show

  await desk.resume();
  await expect(desk.status()).not.toHaveAttribute('data-status', 'paused');
  await expect(desk.figure('problem')).toBeHidden();

  await desk.dialogOpens('live-over');
  await expect(desk.status()).toHaveAttribute('data-status', 'paused');
  await expect(desk.figure('problem')).toHaveText(
    'Douyin live screen paused: the "live over" summary is open: this live has ended',
  );
});
