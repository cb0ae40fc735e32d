import { defineContentScript } from 'wxt/utils/define-content-script';
import { bundledPicker } from '../../content/capture/picker-kit';
import { bundledStages } from '../../content/capture/stage-kit';
import { startDashboard } from '../../content/capture/start-dashboard';
import { demoAdapter } from '../../core/adapters/demo';

// The demo dashboard from `npm run demo` (local pages: development builds only), and every site the seller
// granted to pick a number on (background/custom-sites.ts, pages/tab-link.ts run this file there). The
// platforms have a script each (douyin.content, tiktok.content), so no page loads another's adapters.
// The picker is part of this one: it is what a granted site is for, and picker.js is web-accessible
// to the platforms' pages only. So is the stage watch, for the stage numbers picked there (issue #15).
export default defineContentScript({
  matches: [...demoAdapter.hosts],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  // WXT's "content script started" notice on the window's message bus names the extension to every page
  // script; its document event (which stops an older copy after an update) is enough.
  noScriptStartedPostMessage: true,
  main: (ctx) => startDashboard(ctx, [demoAdapter], bundledPicker, { pages: [], load: bundledStages }),
});
