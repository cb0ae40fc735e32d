import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ok } from '../../../core/lib/result';
import { listen, request } from '../../../runtime/messaging';

/**
 * The content script checks only envelopes (issue #17: it bundles no zod), so what a tab is told is
 * checked here against the zod contract: a tab's payload before it goes, the background's reply to a
 * capture message before it is answered.
 */
afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('a message to a tab', () => {
  it('is checked against the contract before it goes: a bad payload is refused and never sent', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(ok({ shown: true }) as never);
    const bad = await request('tab', 'overlay-updated', { view: { streamId: 'demo:1' } } as never, 7);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(!bad.ok && bad.error.message).toMatch(/^overlay-updated\.payload: .*view\.at/s);
    expect(send).not.toHaveBeenCalled();
    expect(await request('tab', 'toggle-overlay', {}, 7)).toEqual(ok({ shown: true }));
    expect(send).toHaveBeenCalledWith(7, { to: 'tab', type: 'toggle-overlay', payload: {} });
  });
});

describe('the background’s answer to a capture message', () => {
  const tab = {
    id: fakeBrowser.runtime.id,
    url: 'https://shop.tiktok.com/streamer/live/product/dashboard',
    tab: { id: 3 },
  };
  const answer = async (raw: unknown, reply: unknown) => {
    listen('background', async () => reply as never);
    const sent = new Promise((resolve) => fakeBrowser.runtime.onMessage.trigger(raw, tab as never, resolve));
    return sent;
  };

  it('goes out when it has the contract’s shape', async () => {
    const reply = ok({ lastSeq: 4, lastPaidOrders: 120, feedOrders: 0 });
    expect(await answer({ to: 'background', type: 'stream-head', payload: { streamId: 'demo:1' } }, reply)).toEqual(
      reply,
    );
  });

  it('is replaced by a failure naming the field when it does not', async () => {
    const wrong = ok({ lastSeq: '4', lastPaidOrders: 120, feedOrders: 0 });
    const sent = await answer({ to: 'background', type: 'stream-head', payload: { streamId: 'demo:1' } }, wrong);
    expect(sent).toMatchObject({ ok: false, error: { code: 'invalid-reply' } });
    expect((sent as { error: { message: string } }).error.message).toMatch(/^stream-head\.reply: .*lastSeq/s);
  });
});
