import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformPicker } from '../../content/capture/load-picker';
import { platformStages } from '../../content/capture/load-stages';
import { startDashboard } from '../../content/capture/start-dashboard';
import { tiktokAdapter } from '../../core/adapters/tiktok';
import { tiktokLiveManagerAdapter } from '../../core/adapters/tiktok/live-manager';
import { TIKTOK_ORDER_PAGES } from '../../core/adapters/tiktok/order-tabs';

// Test URLs: the TikTok Shop pages core/adapters/tiktok names. Only its adapters are bundled (issue #17).
// Manage Orders (its stage adapter, issue #15, loaded there only) is on the same Seller Center origins.
const adapters = [tiktokAdapter, tiktokLiveManagerAdapter];

export default defineContentScript({
  matches: [...new Set(adapters.flatMap((a) => a.hosts))],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true, // as entrypoints/dashboard.content says
  main: (ctx) => startDashboard(ctx, adapters, platformPicker, { pages: TIKTOK_ORDER_PAGES, load: platformStages }),
});
