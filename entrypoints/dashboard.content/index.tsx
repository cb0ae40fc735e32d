import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../components/capture/session';
import { Overlay } from '../../components/Overlay';
import { adapterFor } from '../../core/adapters/registry';
import { isFor, parseMessage } from '../../core/contract';
import { request } from '../../workers/messaging';
import '../../components/overlay.css';

// Test URLs: the demo dashboard from `npm run demo` (http://127.0.0.1:<port>/).
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const adapter = adapterFor(new URL(location.href), document);
    if (!adapter) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'les-radar-overlay',
      position: 'inline',
      anchor: 'body',
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();
    const session = startCapture({
      win: window,
      adapter,
      link: {
        snapshots: (snapshots) => request('background', 'snapshots', { snapshots }),
        streamHead: (streamId) => request('background', 'stream-head', { streamId }),
        estimate: (streamId) => request('background', 'get-estimate', { streamId }),
      },
      onChange: (state) => render(<Overlay state={state} />, ui.uiContainer),
    });
    browser.runtime.onMessage.addListener((raw: unknown) => {
      if (!isFor('ui', raw)) return undefined;
      const msg = parseMessage('ui', raw);
      if (msg.ok) session.setEstimate(msg.data.payload.estimate);
      return undefined;
    });
    ctx.onInvalidated(session.stop);
  },
});
