// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { openTapPort } from '../../../../content/capture/tap-port';
import { isTapHello, TAP_REPLAY, TAP_TOKEN_ATTR, type TapResponse } from '../../../../core/capture/tap-protocol';

describe('the content script’s end of the tap’s port', () => {
  it('hands the port over in one window message with a fresh token, then hears only the port', async () => {
    const posted: { data: unknown; ports: readonly MessagePort[] }[] = [];
    const post = vi
      .spyOn(window, 'postMessage')
      .mockImplementation(((data: unknown, _o: string, t?: Transferable[]) =>
        posted.push({ data, ports: (t ?? []) as MessagePort[] })) as unknown as typeof window.postMessage);
    const feed = openTapPort(window);
    const token = document.documentElement.getAttribute(TAP_TOKEN_ATTR);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(posted).toHaveLength(1);
    expect(isTapHello(posted[0].data, token)).toBe(true);
    const tap = posted[0].ports[0]; // what the tap holds
    post.mockRestore();

    const heard: TapResponse[] = [];
    feed.listen((r) => heard.push(r));
    // A page posting in the old format, or the right shape, on the window: not heard.
    const forged = { kind: 'response', url: 'https://compass.jinritemai.com/x/today_live_room', body: { code: 0 } };
    window.dispatchEvent(new MessageEvent('message', { data: forged, source: window }));
    window.dispatchEvent(new MessageEvent('message', { data: { channel: 'les-radar-network-tap', ...forged } }));
    tap.postMessage({ kind: 'nonsense' }); // not a response, even on the port
    tap.postMessage(forged);
    await vi.waitFor(() => expect(heard).toEqual([forged]));
    // The token does not stay on show after the tap had its chance to take it.
    await vi.waitFor(() => expect(document.documentElement.hasAttribute(TAP_TOKEN_ATTR)).toBe(false));

    const asked: unknown[] = [];
    tap.onmessage = (e) => asked.push(e.data);
    feed.replay();
    await vi.waitFor(() => expect(asked).toEqual([TAP_REPLAY]));
  });

  it('in Firefox leaves the token to the tap’s script and says hello once that ran', () => {
    let given: { token: string; loaded: () => void } | null = null;
    const post = vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    openTapPort(window, (token, loaded) => {
      given = { token, loaded };
    });
    expect(document.documentElement.hasAttribute(TAP_TOKEN_ATTR)).toBe(false);
    expect(post).not.toHaveBeenCalled();
    (given as unknown as { loaded: () => void }).loaded();
    expect(post).toHaveBeenCalledTimes(1);
    post.mockRestore();
  });
});
