import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCapture } from '../../content/capture/controller';
import { injectTap, mountShadow } from '../../content/capture/page-mount';
import { openTapPort } from '../../content/capture/tap-port';
import css from '../../content/overlay/overlay.css?inline';
import { contentMatches, tapRunsAt } from '../../core/adapters/registry';

// Test URLs: the demo dashboard from `npm run demo`; the platform pages each adapter names (core/adapters/*).
export default defineContentScript({
  matches: contentMatches,
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  // WXT's "content script started" notice on the window's message bus names the extension to every page
  // script; its document event (which stops an older copy after an update) is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // On a live page whose adapter reads JSON, the tap's private port, handed over now, at document_start.
    // Chrome runs the tap as a MAIN-world content script (page-tap.js, see wxt.config.ts); Firefox has no such
    // thing in its manifest version, so the content script puts it into the page as early as it can.
    const tap = tapRunsAt(new URL(location.href))
      ? openTapPort(window, import.meta.env.FIREFOX ? (token, loaded) => injectTap(document, token, loaded) : undefined)
      : null;
    if (document.readyState === 'loading')
      await new Promise((r) => addEventListener('DOMContentLoaded', r, { once: true }));
    const ui = mountShadow(document, 'les-radar-overlay', css);
    const capture = runCapture(window, ui.container, tap);
    ctx.addEventListener(window, 'wxt:locationchange', capture.navigated);
    ctx.onInvalidated(() => {
      capture.stop();
      ui.remove();
    });
  },
});
