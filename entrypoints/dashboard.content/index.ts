import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { injectScript } from 'wxt/utils/inject-script';
import { runCapture } from '../../components/capture/controller';
import { adapterAt, contentMatches } from '../../core/adapters/registry';
import '../../components/overlay.css';

// Test URLs: the demo dashboard from `npm run demo`; the platform pages each adapter names (core/adapters/*).
export default defineContentScript({
  matches: contentMatches,
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // The page-world tap must be in place before the dashboard's first fetch.
    const network = adapterAt(new URL(location.href))?.network;
    if (network) {
      void injectScript('/network-tap.js', {
        modifyScript: (script) => {
          script.dataset.paths = JSON.stringify(network.paths);
        },
      });
    }
    if (document.readyState === 'loading')
      await new Promise((r) => addEventListener('DOMContentLoaded', r, { once: true }));
    const ui = await createShadowRootUi(ctx, {
      name: 'les-radar-overlay',
      position: 'inline',
      anchor: 'body',
      onMount: (container) => container,
    });
    ui.mount();
    const capture = runCapture(window, ui.uiContainer);
    ctx.addEventListener(window, 'wxt:locationchange', capture.navigated);
    ctx.onInvalidated(() => {
      capture.stop();
      ui.remove();
    });
  },
});
