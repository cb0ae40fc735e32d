import type { StageAdapter } from '../../core/adapters/adapter';
import { douyinOrderTabs } from '../../core/adapters/douyin/order-tabs';
import { stageBindingsAdapter } from '../../core/adapters/picked/stage-bindings';
import { tiktokOrderTabs } from '../../core/adapters/tiktok/order-tabs';
import type { Binding } from '../../core/settings/capture-settings';
import { type SendStages, watchStages } from './stage-watch';

/**
 * What watching the warehouse's stages takes (issue #15), apart from the rest of capture: on the
 * platforms' pages it is loaded only on an order-management page or a site with stage picks
 * (./load-stages.ts, entrypoints/stages.ts), so a LIVE dashboard does not carry it (issue #17).
 */
const known = [tiktokOrderTabs, douyinOrderTabs];

/** The stage adapter that reads this page's tabs, if any (the options page can switch each off). */
const tabsAt = (win: Window & typeof globalThis): StageAdapter | null =>
  known.find((a) => a.matches(new URL(win.location.href), win.document)) ?? null;

/** Starts the stage watch of this page: `tabs` (its stage adapter, unless switched off), the site's stage picks first; null when neither. */
function watchSiteStages(
  win: Window & typeof globalThis,
  bindings: readonly Binding[],
  send: SendStages,
  tabs: StageAdapter | null,
): (() => void) | null {
  if (!tabs && !bindings.some((b) => b.role)) return null;
  return watchStages(win, stageBindingsAdapter(bindings, tabs), send);
}

export const stageKit = { tabsAt, watchSiteStages };
export type StageKit = typeof stageKit;
export type LoadStages = () => Promise<StageKit>;

/** The stage watch as part of the script itself (the sites granted to pick on, Firefox). */
export const bundledStages: LoadStages = async () => stageKit;
