import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installTap } from '../content/capture/network-tap';

// Per endpoint path, the fields its adapter reads, written in at build time (wxt.config.ts): no adapter code in here.
declare const __LES_TAP_FIELDS__: Record<string, string[]>;

/**
 * The network tap in the page's own world. Chrome runs this file as a MAIN-world content script at
 * document_start (declared in wxt.config.ts), before the page's first fetch, and the tap takes its
 * handshake token from the root element; Firefox, whose manifest version has no such thing, gets it put
 * into the page by the content script, with the token in its script element.
 */
export default defineUnlistedScript(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const token = script?.dataset.token ?? null;
  script?.removeAttribute('data-token');
  installTap(window, __LES_TAP_FIELDS__, token);
});
