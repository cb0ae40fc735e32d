import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCapture } from '../../content/capture/controller';
import { injectTap, mountShadow } from '../../content/capture/page-mount';
import css from '../../content/overlay/overlay.css?inline';
import { adapterAt, contentMatches } from '../../core/adapters/registry';

// Test URLs: the demo dashboard from `npm run demo`; the platform pages each adapter names (core/adapters/*).
export default defineContentScript({
  matches: contentMatches,
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Chrome runs the tap as a MAIN-world content script (page-tap.js, see wxt.config.ts); Firefox has no such
    // thing in its manifest version, so the content script puts it into the page as early as it can.
    const network = import.meta.env.FIREFOX ? adapterAt(new URL(location.href))?.network : undefined;
    if (network) injectTap(document, network.paths);
    if (document.readyState === 'loading')
      await new Promise((r) => addEventListener('DOMContentLoaded', r, { once: true }));
    const ui = mountShadow(document, 'les-radar-overlay', css);
    const capture = runCapture(window, ui.container);
    ctx.addEventListener(window, 'wxt:locationchange', capture.navigated);
    ctx.onInvalidated(() => {
      capture.stop();
      ui.remove();
    });
  },
});
