// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { installTap } from '../../../../content/capture/network-tap';
import { TAP_CHANNEL } from '../../../../core/capture/tap-protocol';

describe('the page-world network tap', () => {
  it('passes the page its own response untouched and posts a copy of the JSON it was told to read', async () => {
    const body = JSON.stringify({ code: 0, data: { card_list: [] } });
    const original = vi.fn(async (input: RequestInfo | URL) => {
      const r = new Response(body, { headers: { 'content-type': 'application/json' } });
      Object.defineProperty(r, 'url', { value: String(input) });
      return r;
    });
    window.fetch = original as unknown as typeof fetch;
    const posted: unknown[] = [];
    window.addEventListener('message', (e) => posted.push(e.data));
    installTap(window, ['today_live_room']);
    installTap(window, ['today_live_room']); // a second run changes nothing

    const res = await window.fetch('http://localhost/compass_api/live_detail/today_live_room?room=1');
    expect(await res.json()).toEqual({ code: 0, data: { card_list: [] } }); // the page still reads its body
    await window.fetch('http://localhost/api/other');
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      channel: TAP_CHANNEL,
      url: 'http://localhost/compass_api/live_detail/today_live_room?room=1',
      body: { code: 0, data: { card_list: [] } },
    });
    expect(original).toHaveBeenCalledTimes(2); // wrapped once, however often installed
  });
});
