import type { BackDoors } from './back-doors';
import { expect, test } from './fixtures';
import { PlatformPage, TIKTOK_LIVE_MANAGER } from './pages/platform.page';
import { idleWarehouse } from './settings';

// TikTok LIVE Manager at its real address (served with context.route): the page shows no room id, so the
// stream is named per tab session and day (content/capture/local-stream.ts).
test.beforeEach(async ({ backDoors }) => {
  await backDoors.setSettings(idleWarehouse);
});

const ROOM = '7301234567890123456';

/** The stream the popup names for the LIVE Manager tab (its capture-status answer). */
async function streamShown(backDoors: BackDoors): Promise<string | null> {
  const replies = (await backDoors.messageTabs({ to: 'tab', type: 'capture-status', payload: {} })) as {
    ok: boolean;
    data?: { adapter: string; streamId: string | null };
  }[];
  return replies.find((r) => r.data?.adapter === 'TikTok LIVE Manager')?.data?.streamId ?? null;
}

test('LIVE Manager without a room id records its stream, named by this tab and today', async ({
  context,
  backDoors,
}) => {
  const manager = await PlatformPage.serve(context, TIKTOK_LIVE_MANAGER);
  await manager.setPaid(987);
  await manager.open();
  await expect(manager.figure('paid')).toHaveText('987');
  await manager.setPaid(1_002); // the Orders value re-rendered
  await expect(manager.figure('paid')).toHaveText('1,002');

  const today = await manager.page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  const stream = await streamShown(backDoors);
  expect(stream).toMatch(new RegExp(`^tiktok:local-[0-9a-f]{12}-${today}$`));
  await expect
    .poll(async () => (await backDoors.storedSnapshots(stream ?? '')).map((s) => [s.paidOrders, s.source]))
    .toEqual([
      [987, 'tiktok-live-manager/page'],
      [1_002, 'tiktok-live-manager/page'],
    ]);
});

test('a reload keeps the stream, even once the page shows a room id: nothing split, nothing counted twice', async ({
  context,
  backDoors,
}) => {
  const manager = await PlatformPage.serve(context, TIKTOK_LIVE_MANAGER);
  await manager.setPaid(300);
  await manager.open();
  await expect(manager.figure('paid')).toHaveText('300');
  const stream = await streamShown(backDoors);
  expect(stream).toMatch(/^tiktok:local-/);

  manager.showOnNextLoad(`<p><span>LIVE ID</span> <span>${ROOM}</span></p>`);
  await manager.page.reload();
  await expect(manager.page.getByText(ROOM)).toBeVisible();
  await expect(manager.figure('paid')).toHaveText('300');
  await manager.setPaid(320);
  await expect(manager.figure('paid')).toHaveText('320');

  expect(await streamShown(backDoors)).toBe(stream);
  await expect
    .poll(async () => (await backDoors.storedSnapshots(stream ?? '')).map((s) => [s.seq, s.paidOrders]))
    .toEqual([
      [0, 300], // once: the reloaded page's 300 is already recorded
      [1, 320],
    ]);
  expect(await backDoors.storedSnapshots(`tiktok:${ROOM}`)).toEqual([]);
});

test('the options page marks LIVE Manager’s switch "unverified"', async ({ extension }) => {
  const options = await extension.openOptions();
  const lm = options.getByLabel('Read the TikTok LIVE Manager');
  await expect(lm).toBeChecked();
  await expect(lm).toHaveAccessibleDescription('unverified');
  await expect(options.getByLabel('Read the Demo dashboard')).toHaveAccessibleDescription('');
});
