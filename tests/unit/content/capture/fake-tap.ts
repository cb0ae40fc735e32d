import type { TapFeed } from '../../../../content/capture/tap-port';
import type { TapResponse } from '../../../../core/capture/tap-protocol';

/**
 * A stand-in for the page-world tap's private port (content/capture/tap-port.ts): what a test sends
 * reaches the session listening, as the tap's responses would; `replays` counts the session's requests.
 */
export function fakeTap() {
  let on: ((response: TapResponse) => void) | null = null;
  const tap = {
    replays: 0,
    feed: {
      listen(f) {
        on = f;
        return () => {
          if (on === f) on = null;
        };
      },
      replay: () => {
        tap.replays++;
      },
    } as TapFeed,
    send: (url: string, body: unknown) => on?.({ kind: 'response', url, body }),
  };
  return tap;
}
