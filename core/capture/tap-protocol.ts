/**
 * How the page-world network tap (content/capture/network-tap.ts) and the content script talk. The
 * window's message bus is read by every script of the page and by other extensions, so it carries one
 * message only: the handshake, at document_start, which hands the tap a private MessageChannel port.
 * Everything after goes over that port, which only the content script holds.
 *
 * The handshake names a one-time token the content script made: in Chrome it waits in an attribute of
 * the root element (the tap takes it before any page script runs); in Firefox in the tap's own script
 * element. The tap accepts the first hello with its token, stops it there (no page listener sees the
 * port) and listens for no other.
 */
export const TAP_TOKEN_ATTR = 'data-les-radar-tap';

/** The hello's key: a page's own messages rarely carry it, and one that does without the token is ignored. */
const HELLO = 'lesRadarTapHello';

export type TapHello = { [HELLO]: string };

/** 16 random bytes as hex: a page that cannot read the token cannot answer for it. */
export function newTapToken(random: Uint8Array): string {
  if (random.length < 16) throw new Error(`tap token: ${random.length} random bytes, expected at least 16`);
  return Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const tapHello = (token: string): TapHello => ({ [HELLO]: token });

/** Whether a window message is the hello for `token` (an empty token never matches). */
export function isTapHello(data: unknown, token: string | null): boolean {
  return !!token && typeof data === 'object' && data !== null && (data as Partial<TapHello>)[HELLO] === token;
}

/** Tap → content script, on the port: one response the page fetched, cut to the fields the adapter reads. */
export type TapResponse = { kind: 'response'; url: string; body: unknown };

/**
 * Content script → tap, on the port: post again the latest response of each endpoint. Capture starts
 * listening only after asking the background for its settings (and again after a restart), and a page may
 * fetch an answer once only (the Douyin desk's `promotions_v2`, which names its room).
 */
export const TAP_REPLAY = { kind: 'replay' } as const;

/**
 * The tap's message, or null: even on a private port, the content script checks the shape it trusts,
 * the address too (the tap sends it absolute), which capture reads with `new URL` and must not throw on.
 */
export function asTapResponse(data: unknown): TapResponse | null {
  const m = data as Partial<TapResponse> | null;
  const ok = m && m.kind === 'response' && typeof m.url === 'string' && m.url.length < 4000 && isAbsoluteUrl(m.url);
  return ok ? (m as TapResponse) : null;
}

function isAbsoluteUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

export const isTapReplay = (data: unknown): boolean => (data as { kind?: unknown } | null)?.kind === 'replay';
