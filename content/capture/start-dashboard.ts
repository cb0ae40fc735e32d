import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DashboardAdapter } from '../../core/adapters/adapter';
import { matchesPattern } from '../../core/adapters/match-pattern';
import css from '../overlay/overlay.css?inline';
import { runCapture } from './controller';
import { injectTap, mountShadow } from './page-mount';
import type { LoadPicker } from './picker-kit';
import { openTapPort } from './tap-port';

/**
 * What each dashboard content script does, given the adapters of its platform (entrypoints/*.content):
 * one script per platform, matching only its pages, so a page loads its own adapters and no other's,
 * and the picker only when asked where it can (issue #17: the content script's size is budgeted).
 * `stages`: its platform's order-management pages, whose tabs count the warehouse's stages, and how to load
 * the stage watch there and on the sites with stage picks (issue #15).
 */
export async function startDashboard(
  ctx: ContentScriptContext,
  adapters: readonly DashboardAdapter[],
  loadPicker: LoadPicker,
  stages: Parameters<typeof runCapture>[5],
) {
  // On a live page whose adapter reads JSON, the tap's private port, handed over now, at document_start.
  // Chrome runs the tap as a MAIN-world content script (page-tap.js, see wxt.config.ts); Firefox has no such
  // thing in its manifest version, so the content script puts it into the page as early as it can.
  const url = new URL(location.href);
  const tapHere = adapters.some((a) => a.network?.pages.some((p) => matchesPattern(p, url)));
  const tap = tapHere
    ? openTapPort(window, import.meta.env.FIREFOX ? (token, loaded) => injectTap(document, token, loaded) : undefined)
    : null;
  if (document.readyState === 'loading')
    await new Promise((r) => addEventListener('DOMContentLoaded', r, { once: true }));
  const ui = mountShadow(document, 'les-radar-overlay', css);
  const capture = runCapture(window, ui.container, adapters, tap, loadPicker, stages);
  ctx.addEventListener(window, 'wxt:locationchange', capture.navigated);
  ctx.onInvalidated(() => {
    capture.stop();
    ui.remove();
  });
}
