import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformPicker } from '../../content/capture/load-picker';
import { startDashboard } from '../../content/capture/start-dashboard';
import { douyinAdapter } from '../../core/adapters/douyin';

// Test URLs: the Douyin pages core/adapters/douyin names. Only its adapter is bundled (issue #17).
export default defineContentScript({
  matches: [...douyinAdapter.hosts],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true, // as entrypoints/dashboard.content says
  main: (ctx) => startDashboard(ctx, [douyinAdapter], platformPicker),
});
