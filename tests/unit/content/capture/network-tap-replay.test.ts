// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { installTap } from '../../../../content/capture/network-tap';
import { TAP_CHANNEL, TAP_REPLAY } from '../../../../core/capture/tap-protocol';

// A file of its own: a fresh page, with no tap installed by another test.
describe('the page-world network tap, for a content script that listens late', () => {
  it('posts again the latest answer of each endpoint when the content script, listening late, asks', async () => {
    const answers: Record<string, unknown[]> = {
      promotions_v2: [{ data: { room_id: '7301234567890123456' } }],
      live_order_stream: [{ data: [{ order_id: '1' }] }, { data: [{ order_id: '1' }, { order_id: '2' }] }],
    };
    window.fetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      const key = Object.keys(answers).find((k) => url.includes(k)) as string;
      const r = new Response(JSON.stringify(answers[key].shift()), { headers: { 'content-type': 'application/json' } });
      Object.defineProperty(r, 'url', { value: url });
      return r;
    }) as typeof fetch;
    installTap(window, ['promotions_v2', 'live_order_stream']);
    // The desk fetches its room once, and the feed twice, before the content script listens.
    await window.fetch('http://localhost/api/anchor/livepc/promotions_v2?list_type=1');
    await window.fetch('http://localhost/live_screen/live_order_stream?room_id=1');
    await window.fetch('http://localhost/live_screen/live_order_stream?room_id=1');
    await new Promise((r) => setTimeout(r, 20));
    const posted: unknown[] = [];
    window.addEventListener('message', (e) => {
      if ((e.data as { url?: string }).url) posted.push(e.data);
    });
    // As the content script posts it (happy-dom's postMessage names another object as the source).
    window.dispatchEvent(new MessageEvent('message', { data: TAP_REPLAY, source: window }));
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(posted).toEqual([
      {
        channel: TAP_CHANNEL,
        url: 'http://localhost/api/anchor/livepc/promotions_v2?list_type=1',
        body: { data: { room_id: '7301234567890123456' } },
      },
      // Only the latest window of the feed, not both.
      {
        channel: TAP_CHANNEL,
        url: 'http://localhost/live_screen/live_order_stream?room_id=1',
        body: { data: [{ order_id: '1' }, { order_id: '2' }] },
      },
    ]);
  });
});
