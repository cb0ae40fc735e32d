import { expect, test } from './fixtures';
import { DouyinAnchorPage } from './pages/douyin-anchor.page';
import { idleWarehouse } from './settings';

// A Douyin anchor screen (tests/fixtures/live/douyin-anchor.html; sources in core/adapters/douyin/fixtures/
// PROVENANCE.md) whose own first script is hostile: it listens to every window message from the start,
// then forges the tap's messages, old and new, and a handshake of its own.

/** The page's first script: what it sees on the window's message bus, and the tap's token if it could read it. */
const WATCHER = `
  window.__seen = { ports: 0, messages: [], token: document.documentElement.getAttribute('data-les-radar-tap') };
  addEventListener('message', (e) => {
    window.__seen.ports += e.ports.length;
    window.__seen.messages.push(JSON.stringify(e.data));
  }, true);
`;

type Seen = { ports: number; messages: string[]; token: string | null };

test.beforeEach(async ({ backDoors }) => {
  await backDoors.setSettings(idleWarehouse);
});

test('a page script replaying the tap’s messages changes nothing stored, and sees neither the port nor a buyer', async ({
  context,
  backDoors,
}) => {
  const anchor = await DouyinAnchorPage.serve(context, { window: 5, headScript: WATCHER });
  anchor.pay(3);
  await anchor.open();
  await expect(anchor.figure('paid')).toHaveText('3');
  await expect.poll(async () => (await backDoors.storedSnapshots(DouyinAnchorPage.STREAM)).at(-1)?.paidOrders).toBe(3);

  // Fifty paid orders that never happened, in every shape the tap ever spoke, and a handshake of the page's own.
  await anchor.page.evaluate((room) => {
    const data = Array.from({ length: 50 }, (_, i) => ({
      order_id: `69990000000000${String(i).padStart(5, '0')}`,
      order_status: 3,
      order_ts: Math.floor(Date.now() / 1000),
      nick_name: 'forged',
    }));
    const url = `${location.origin}/compass_api/shop/live/live_screen/live_order_stream?live_room_id=${room}`;
    const totals = {
      code: 0,
      data: { card_list: [{ live_id: room, live_status: 1, pay_order_cnt: { value: 2 ** 53 } }] },
    };
    const rooms = `${location.origin}/compass_api/author/live/live_detail/today_live_room`;
    for (const msg of [
      { channel: 'les-radar-network-tap', url, body: { data, msg: '' } },
      { channel: 'les-radar-network-tap', url: rooms, body: totals },
      { channel: 'les-radar-network-tap', replay: true },
      { kind: 'response', url, body: { data, msg: '' } },
      { kind: 'response', url: rooms, body: totals },
    ])
      window.postMessage(msg, location.origin);
    const own = new MessageChannel();
    window.postMessage({ lesRadarTapHello: 'f'.repeat(32) }, location.origin, [own.port2]);
    document.documentElement.setAttribute('data-les-radar-tap', 'f'.repeat(32));
  }, DouyinAnchorPage.ROOM);

  // A real order after the forgeries: once it is counted, every message before it has been dealt with.
  anchor.pay(1);
  await expect(anchor.figure('paid')).toHaveText('4');
  await expect.poll(async () => (await backDoors.storedSnapshots(DouyinAnchorPage.STREAM)).at(-1)?.paidOrders).toBe(4);
  const snaps = await backDoors.storedSnapshots(DouyinAnchorPage.STREAM);
  expect(snaps.map((s) => s.paidOrders)).toEqual([3, 4]);
  const { json } = await backDoors.storedDatabase();
  const feedOrders = (JSON.parse(json) as { feedOrders: { orderId: string }[] }).feedOrders;
  expect(feedOrders.map((r) => r.orderId).sort()).toEqual([...anchor.paidIds].sort());
  expect(json).not.toContain('6999000000000');

  // The page saw no port, no token, no response of the tap's and no buyer on the bus: only its own forgeries.
  const seen = (await anchor.page.evaluate(() => (window as unknown as { __seen: Seen }).__seen)) as Seen;
  expect(seen.token).toBeNull();
  expect(seen.ports).toBe(1); // its own handshake's port, not the extension's
  expect(seen.messages).toHaveLength(6); // the five forgeries and the handshake: nothing of the extension's
  for (const nick of anchor.nickNames) expect(seen.messages.join('\n')).not.toContain(nick);

  // And the page cannot tell fetch and XHR were touched, nor find a global of the extension's.
  const looks = await anchor.page.evaluate(() => ({
    fetch: String(window.fetch),
    open: Function.prototype.toString.call(XMLHttpRequest.prototype.open),
    toString: Function.prototype.toString.call(Function.prototype.toString),
    globals: Object.getOwnPropertyNames(window).filter((k) => /radar|^_*les[A-Z_]/i.test(k)),
  }));
  expect(looks).toEqual({
    fetch: 'function fetch() { [native code] }',
    open: 'function open() { [native code] }',
    toString: 'function toString() { [native code] }',
    globals: [],
  });
});
