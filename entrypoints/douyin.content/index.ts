import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformPicker } from '../../content/capture/load-picker';
import { platformStages } from '../../content/capture/load-stages';
import { startDashboard } from '../../content/capture/start-dashboard';
import { douyinAdapter } from '../../core/adapters/douyin';
import { DOUYIN_ORDER_PAGES } from '../../core/adapters/douyin/order-tabs';

// Test URLs: the Douyin pages core/adapters/douyin names. Only its adapter is bundled (issue #17).
// 订单管理 (its stage adapter, issue #15, loaded there only) is on fxg, already matched.
export default defineContentScript({
  matches: [...douyinAdapter.hosts],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true, // as entrypoints/dashboard.content says
  main: (ctx) =>
    startDashboard(ctx, [douyinAdapter], platformPicker, { pages: DOUYIN_ORDER_PAGES, load: platformStages }),
});
