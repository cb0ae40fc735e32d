import { isTapHello, TAP_TOKEN_ATTR } from '../../core/capture/tap-protocol';

/**
 * The tap's side of the handshake (core/capture/tap-protocol.ts), in the page's world: it learns the
 * content script's one-time token, then takes the port from the first window message that says it and
 * stops that message there, so no page listener sees the port; then it listens for no other.
 *
 * Chrome runs both scripts at document_start, before any script of the page. Whichever runs first, the
 * token never reaches the page: run after the content script, the tap takes the token from the root
 * element at once; run before it, a MutationObserver takes it in the microtask right after the content
 * script put it there. Either way the attribute is gone before the page's first script, and this
 * listener, added before any of the page's, hears the hello first.
 */
export function awaitTapPort(
  win: Window & typeof globalThis,
  /** The token from the tap's script element (Firefox), or null to take it from the root element. */
  given: string | null,
  onPort: (port: MessagePort) => void,
): void {
  const root = win.document.documentElement;
  let token = given ?? take(root);
  if (token === null && root) {
    const watch = new win.MutationObserver(() => {
      token = take(root);
      if (token !== null) watch.disconnect();
    });
    watch.observe(root, { attributes: true, attributeFilter: [TAP_TOKEN_ATTR] });
  }
  const onMessage = (e: MessageEvent) => {
    const port = e.ports?.[0];
    if (e.source !== win || !port || !isTapHello(e.data, token)) return;
    e.stopImmediatePropagation();
    win.removeEventListener('message', onMessage, true);
    onPort(port);
  };
  win.addEventListener('message', onMessage, true);
}

function take(root: Element | null): string | null {
  const token = root?.getAttribute(TAP_TOKEN_ATTR) ?? null;
  root?.removeAttribute(TAP_TOKEN_ATTR);
  return token;
}
