import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installTap } from '../content/capture/network-tap';

// Every adapter's endpoint paths, written in at build time (wxt.config.ts): no adapter code in here.
declare const __LES_TAP_PATHS__: string[];

/**
 * The network tap in the page's own world. Chrome runs this file as a MAIN-world content script at
 * document_start (declared in wxt.config.ts), before the page's first fetch; Firefox, whose manifest
 * version has no such thing, gets it put into the page by the content script, with the adapter's
 * paths in a data attribute.
 */
export default defineUnlistedScript(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  installTap(window, script?.dataset.paths ? JSON.parse(script.dataset.paths) : __LES_TAP_PATHS__);
});
