import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCapture } from '../../components/capture/controller';
import { injectTap, mountShadow } from '../../components/capture/page-mount';
import css from '../../components/overlay.css?inline';
import { adapterAt, contentMatches } from '../../core/adapters/registry';

// Test URLs: the demo dashboard from `npm run demo`; the platform pages each adapter names (core/adapters/*).
export default defineContentScript({
  matches: contentMatches,
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // The page-world tap must be in place before the dashboard's first fetch.
    const network = adapterAt(new URL(location.href))?.network;
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
