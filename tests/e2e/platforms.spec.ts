import { expect, test } from './fixtures';
import { DOUYIN, PlatformPage, TIKTOK } from './pages/platform.page';
import { idleWarehouse } from './settings';

test.beforeEach(async ({ backDoors }) => {
  await backDoors.setSettings(idleWarehouse);
});

test('Douyin Compass: the overlay follows the room’s exact count from the page’s own data', async ({
  context,
  backDoors,
}) => {
  const douyin = await PlatformPage.serve(context, DOUYIN);
  await douyin.setPaid(12_345);
  await douyin.open();
  // The screen itself shows "1.2万"; the overlay shows the exact 12,345 from today_live_room.
  await expect(douyin.page.locator('#paid')).toHaveText('1.2万');
  await expect(douyin.figure('paid')).toHaveText('12,345');
  await douyin.setPaid(12_410);
  await expect(douyin.figure('paid')).toHaveText('12,410');
  // Only this room's figures, read from the network: this morning's room (87) never appears. (The
  // overlay shows a reading before the background has stored it: poll the store.)
  await expect
    .poll(async () => (await backDoors.storedSnapshots(DOUYIN.streamId)).map((s) => [s.paidOrders, s.source]))
    .toEqual([
      [12_345, 'douyin/network'],
      [12_410, 'douyin/network'],
    ]);
});

test('Douyin Compass: a reload continues the stream without counting it twice', async ({ context, backDoors }) => {
  const douyin = await PlatformPage.serve(context, DOUYIN);
  await douyin.setPaid(300);
  await douyin.open();
  await expect(douyin.figure('paid')).toHaveText('300');
  await douyin.page.reload();
  await expect(douyin.figure('paid')).toHaveText('300');
  await douyin.setPaid(320);
  await expect(douyin.figure('paid')).toHaveText('320');
  await expect
    .poll(async () => (await backDoors.storedSnapshots(DOUYIN.streamId)).map((s) => [s.seq, s.paidOrders]))
    // 300 once (the reloaded page's 300 is already recorded), then 320 as the next seq.
    .toEqual([
      [0, 300],
      [1, 320],
    ]);
});

test('TikTok Shop LIVE dashboard: the overlay follows the Orders card, not SKU orders beside it', async ({
  context,
  backDoors,
}) => {
  const tiktok = await PlatformPage.serve(context, TIKTOK);
  await tiktok.setPaid(1_234);
  await tiktok.open();
  await expect(tiktok.page.locator('#orders')).toHaveText('1,234');
  await expect(tiktok.figure('paid')).toHaveText('1,234');
  await tiktok.setPaid(1_300); // the card re-rendered with a new value
  await expect(tiktok.figure('paid')).toHaveText('1,300');
  // Read from the page's counter: TikTok has no documented JSON endpoint to tap.
  await expect
    .poll(async () => (await backDoors.storedSnapshots(TIKTOK.streamId)).map((s) => [s.paidOrders, s.source]))
    .toEqual([
      [1_234, 'tiktok/page'],
      [1_300, 'tiktok/page'],
    ]);
});

test('when the page’s data stops, the count still comes from the page’s counter', async ({ context }) => {
  const douyin = await PlatformPage.serve(context, DOUYIN);
  await douyin.setPaid(500);
  await douyin.open();
  await expect(douyin.figure('paid')).toHaveText('500');
  // The data endpoint now fails; the page keeps its last figure and the test sets the counter by hand.
  await context.unroute(DOUYIN.api.glob);
  await context.route(DOUYIN.api.glob, (route) => route.abort());
  await douyin.page.evaluate(() => {
    (document.getElementById('paid') as HTMLElement).textContent = '512';
  });
  // Until the data is 30 s old it outranks the page text; past that, the counter is read.
  await expect(douyin.figure('paid')).toHaveText('512', { timeout: 45_000 });
});

test('Douyin Compass as a single-page app: capture starts when the live screen opens without a reload', async ({
  context,
  backDoors,
}) => {
  const douyin = await PlatformPage.serve(context, DOUYIN);
  await douyin.setPaid(640);
  await douyin.openHome();
  await expect(douyin.overlay).toHaveCount(0); // the home page is no live screen
  await douyin.page.getByText('进入直播大屏').click(); // history.pushState, no reload
  await expect(douyin.figure('paid')).toHaveText('640');
  await douyin.setPaid(655);
  await expect(douyin.figure('paid')).toHaveText('655');
  await expect
    .poll(async () => (await backDoors.storedSnapshots(DOUYIN.streamId)).map((s) => s.paidOrders))
    .toEqual([640, 655]);
});
