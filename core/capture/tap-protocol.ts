/** What the page-world network tap posts to the content script (content/capture/network-tap.ts). */
export const TAP_CHANNEL = 'les-radar-network-tap';

export type TapMessage = { channel: typeof TAP_CHANNEL; url: string; body: unknown };

/**
 * Whether a window message is the tap's: same window, right channel, a string URL. The body is
 * checked field by field by the platform's parser; a page could post a look-alike, but it could as
 * well change its own counter, so the page is trusted as much as its DOM is, and no more.
 */
export function asTapMessage(data: unknown): TapMessage | null {
  const m = data as Partial<TapMessage> | null;
  return m && m.channel === TAP_CHANNEL && typeof m.url === 'string' && m.url.length < 4000 ? (m as TapMessage) : null;
}

/**
 * What the content script posts once it listens: the tap posts again the latest response of each
 * endpoint it saw. The content script starts listening only after asking the background for its
 * settings, and a page may fetch an answer once only (the Douyin desk's `promotions_v2`, which names
 * its room): without a replay, that answer would be lost.
 */
export const TAP_REPLAY = { channel: TAP_CHANNEL, replay: true } as const;

export const isTapReplay = (data: unknown): boolean =>
  (data as { channel?: unknown; replay?: unknown } | null)?.channel === TAP_CHANNEL &&
  (data as { replay?: unknown }).replay === true;
