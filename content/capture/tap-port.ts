import {
  asTapResponse,
  newTapToken,
  TAP_REPLAY,
  TAP_TOKEN_ATTR,
  type TapResponse,
  tapHello,
} from '../../core/capture/tap-protocol';

/** The content script's end of the tap's private port: what a capture session listens to. */
export type TapFeed = {
  /** The one listener (a restarted session replaces the last); returns how to stop listening. */
  listen(on: (response: TapResponse) => void): () => void;
  /** Asks the tap for the latest response of each endpoint again. */
  replay(): void;
};

/**
 * Opens the private channel to the page-world tap, once, at document_start (core/capture/tap-protocol.ts):
 * a one-time token, then one window message that hands the tap its port. Nothing the window's message bus
 * carries is read afterwards: only this port's messages reach capture.
 *
 * `load`: Firefox puts the tap into the page itself (page-mount.ts), with the token in its script element,
 * and calls back once it ran. Chrome runs the tap as a MAIN-world content script: the token waits in the
 * root element, where the tap takes it before any page script runs.
 */
export function openTapPort(
  win: Window & typeof globalThis,
  load?: (token: string, loaded: () => void) => void,
): TapFeed {
  const token = newTapToken(win.crypto.getRandomValues(new Uint8Array(16)));
  const { port1, port2 } = new win.MessageChannel();
  const hello = () => win.postMessage(tapHello(token), win.location.origin, [port2]);
  if (load) load(token, hello);
  else {
    const root = win.document.documentElement;
    root.setAttribute(TAP_TOKEN_ATTR, token);
    hello();
    // The tap has taken it by now; should it not run at all, the token does not stay on show.
    win.setTimeout(() => root.removeAttribute(TAP_TOKEN_ATTR), 0);
  }
  let on: ((response: TapResponse) => void) | null = null;
  port1.onmessage = (e) => {
    const response = asTapResponse(e.data);
    if (response) on?.(response);
  };
  return {
    listen(f) {
      on = f;
      return () => {
        if (on === f) on = null;
      };
    },
    replay: () => port1.postMessage(TAP_REPLAY),
  };
}
