// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { installTap } from '../../../../content/capture/network-tap';
import { TAP_REPLAY, TAP_TOKEN_ATTR, tapHello } from '../../../../core/capture/tap-protocol';

// One happy-dom page for the file: each test installs a tap on it, as a page would once (the tap keeps no
// page-visible mark, so it cannot tell a second run). Tests that count fetches use their own paths.
const FIELDS = {
  today_live_room: ['code', 'data.card_list[].live_id', 'data.card_list[].pay_order_cnt.value'],
  live_order_stream: ['data[].order_id', 'data[].order_status', '?room_id'],
  promotions_v2: ['data.room_id'],
};
const TOKEN = 'a'.repeat(32);

/** The page's own fetch, answering each path with the next of its bodies (in the order the page asks). */
function serve(answers: Record<string, unknown[]>) {
  const original = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const key = Object.keys(answers).find((k) => url.includes(k));
    const r = new Response(key ? JSON.stringify(answers[key].shift()) : 'not json', {
      headers: { 'content-type': 'application/json' },
    });
    Object.defineProperty(r, 'url', { value: url });
    return r;
  });
  window.fetch = original as unknown as typeof fetch;
  return original;
}

/** The content script's hello with the token, carrying the port; returns the content script's end. */
function hello(token = TOKEN) {
  const { port1, port2 } = new MessageChannel();
  const got: unknown[] = [];
  port1.onmessage = (e) => got.push(e.data);
  // As the content script posts it (happy-dom's postMessage names another object as the source).
  window.dispatchEvent(new MessageEvent('message', { data: tapHello(token), source: window, ports: [port2] }));
  return { port: port1, got };
}

describe('the page-world network tap', () => {
  it('(first, on the page as loaded) leaves fetch and XHR open reading as the native functions, and no global of its own', () => {
    // happy-dom's fetch is a bound function, which already reads as a bare Proxy would: a named one instead.
    window.fetch = function fetch(input: RequestInfo | URL) {
      return Promise.resolve(new Response(String(input)));
    } as typeof fetch;
    const fetchText = Function.prototype.toString.call(window.fetch);
    const openText = Function.prototype.toString.call(XMLHttpRequest.prototype.open);
    const toStringText = Function.prototype.toString.call(Function.prototype.toString);
    const globals = new Set(Object.getOwnPropertyNames(window));
    const fetchBefore = window.fetch;
    // A bare Proxy would read "function () { [native code] }": the page could tell.
    expect(fetchText).not.toBe(Function.prototype.toString.call(new Proxy(fetchBefore, {})));
    installTap(window, FIELDS, TOKEN);
    expect(window.fetch).not.toBe(fetchBefore); // it did replace it
    expect(Function.prototype.toString.call(window.fetch)).toBe(fetchText);
    expect(String(window.fetch)).toBe(fetchText);
    expect(window.fetch.name).toBe(fetchBefore.name);
    expect(window.fetch.length).toBe(fetchBefore.length);
    expect(Function.prototype.toString.call(XMLHttpRequest.prototype.open)).toBe(openText);
    expect(Function.prototype.toString.call(Function.prototype.toString)).toBe(toStringText);
    expect(Object.getOwnPropertyNames(window).filter((k) => !globals.has(k))).toEqual([]);
    hello(); // its handshake, so the next tests' hellos reach their own taps
  });

  it('passes the page its own response untouched and sends only the fields the adapter reads, on the port', async () => {
    const body = {
      code: 0,
      data: { card_list: [{ live_id: '7301', title: '专场', pay_order_cnt: { value: 1234, unit: 'number' } }] },
    };
    const original = serve({ today_live_room: [body] });
    installTap(window, FIELDS, TOKEN);
    const onWindow: unknown[] = [];
    window.addEventListener('message', (e) => onWindow.push(e.data));
    const { got } = hello();

    const res = await window.fetch('http://localhost/compass_api/live_detail/today_live_room?room=1&msToken=s3cret');
    expect(await res.json()).toEqual(body); // the page still reads its whole body
    await window.fetch('http://localhost/api/other');
    await vi.waitFor(() => expect(got).toHaveLength(1));
    // No title, unit or signed query parameter: the fields listed for today_live_room, and its path.
    expect(got[0]).toEqual({
      kind: 'response',
      url: 'http://localhost/compass_api/live_detail/today_live_room',
      body: { code: 0, data: { card_list: [{ live_id: '7301', pay_order_cnt: { value: 1234 } }] } },
    });
    expect(onWindow).toEqual([]); // the hello stopped at the tap; nothing of the response on the window
    expect(original).toHaveBeenCalledTimes(2);
  });

  it('never sends a buyer’s nick name, and keeps the room id of the query', async () => {
    serve({ live_order_stream: [{ data: [{ order_id: '1', order_status: 3, nick_name: '用户****88' }] }] });
    installTap(window, FIELDS, TOKEN);
    const { got } = hello();
    await window.fetch('https://compass.jinritemai.com/x/live_order_stream?room_id=7301&_signature=abc');
    await vi.waitFor(() => expect(got).toHaveLength(1));
    expect(JSON.stringify(got)).not.toContain('用户');
    expect(got[0]).toEqual({
      kind: 'response',
      url: 'https://compass.jinritemai.com/x/live_order_stream?room_id=7301',
      body: { data: [{ order_id: '1', order_status: 3 }] },
    });
  });

  it('takes the port only from a hello with its token, and only once', async () => {
    serve({ promotions_v2: [{ data: { room_id: '1' } }, { data: { room_id: '2' } }] });
    installTap(window, FIELDS, TOKEN);
    const forged = hello('f'.repeat(32)); // a page that guesses
    const real = hello();
    const late = hello(); // a page that learnt the token after the handshake
    await window.fetch('http://localhost/api/anchor/livepc/promotions_v2');
    await vi.waitFor(() => expect(real.got).toHaveLength(1));
    expect(forged.got).toEqual([]);
    expect(late.got).toEqual([]);
  });

  it('takes the token from the root element, at once or when the content script puts it there (Chrome)', async () => {
    serve({ promotions_v2: [{ data: { room_id: '1' } }] });
    const root = document.documentElement;
    installTap(window, FIELDS, null); // the tap runs first: no token yet
    root.setAttribute(TAP_TOKEN_ATTR, 'b'.repeat(32));
    await Promise.resolve(); // the microtask in which its observer takes it
    expect(root.hasAttribute(TAP_TOKEN_ATTR)).toBe(false);
    const { got } = hello('b'.repeat(32));
    await window.fetch('http://localhost/api/anchor/livepc/promotions_v2');
    await vi.waitFor(() => expect(got).toHaveLength(1));

    root.setAttribute(TAP_TOKEN_ATTR, 'c'.repeat(32)); // the content script ran first
    installTap(window, FIELDS, null);
    expect(root.hasAttribute(TAP_TOKEN_ATTR)).toBe(false);
  });

  it('sends again the latest answer of each endpoint when the content script, listening late, asks', async () => {
    serve({
      promotions_v2: [{ data: { room_id: '7301234567890123456' } }],
      live_order_stream: [{ data: [{ order_id: '1' }] }, { data: [{ order_id: '1' }, { order_id: '2' }] }],
    });
    installTap(window, FIELDS, TOKEN);
    const { port, got } = hello();
    // The desk fetches its room once, and the feed twice, before the content script listens.
    await window.fetch('http://localhost/api/anchor/livepc/promotions_v2?list_type=1');
    await window.fetch('http://localhost/live_screen/live_order_stream?room_id=1');
    await window.fetch('http://localhost/live_screen/live_order_stream?room_id=1');
    await vi.waitFor(() => expect(got).toHaveLength(3));
    got.length = 0;
    port.postMessage(TAP_REPLAY);
    await vi.waitFor(() => expect(got).toHaveLength(2));
    expect(got).toEqual([
      {
        kind: 'response',
        url: 'http://localhost/api/anchor/livepc/promotions_v2',
        body: { data: { room_id: '7301234567890123456' } },
      },
      // Only the latest window of the feed, not both.
      {
        kind: 'response',
        url: 'http://localhost/live_screen/live_order_stream?room_id=1',
        body: { data: [{ order_id: '1' }, { order_id: '2' }] },
      },
    ]);
  });
});
