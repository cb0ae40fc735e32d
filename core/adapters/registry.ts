import type { DashboardAdapter, StageAdapter } from './adapter';
import { demoAdapter } from './demo';
import { douyinAdapter } from './douyin';
import { douyinOrderTabs } from './douyin/order-tabs';
import { matchesPattern } from './match-pattern';
import { tiktokAdapter } from './tiktok';
import { tiktokLiveManagerAdapter } from './tiktok/live-manager';
import { tiktokOrderTabs } from './tiktok/order-tabs';

export { matchesPattern };

/** Every dashboard adapter, in the order they are tried. Adding a platform adds one line here. */
export const adapters: readonly DashboardAdapter[] = [
  demoAdapter,
  douyinAdapter,
  tiktokAdapter,
  tiktokLiveManagerAdapter,
];

/** The pages that show the warehouse's stages (issue #15), each inside its platform's script's pages. */
export const stageAdapters: readonly StageAdapter[] = [tiktokOrderTabs, douyinOrderTabs];

export function stageAdapterFor(url: URL, doc: Document): StageAdapter | null {
  return stageAdapters.find((a) => a.matches(url, doc)) ?? null;
}

/** The content script's static match patterns: the union of the adapters' pages. */
export const contentMatches: string[] = [...new Set(adapters.flatMap((a) => a.hosts))];

/** The live pages whose adapter reads the page's JSON: where the network tap runs, and nowhere else. */
export const networkMatches: string[] = [...new Set(adapters.flatMap((a) => a.network?.pages ?? []))];

/** Every endpoint path a network tap reads (each adapter still checks its own). */
export const tapPaths: string[] = [...new Set(adapters.flatMap((a) => a.network?.paths ?? []))];

/** Per endpoint path, the fields its adapter reads: all the tap passes on (core/capture/tap-fields.ts). */
export const tapFields: Record<string, readonly string[]> = Object.assign(
  {},
  ...adapters.map((a) => a.network?.fields ?? {}),
);

/** Whether the network tap runs on the page at `url` (its adapter's live pages). */
export const tapRunsAt = (url: URL): boolean => networkMatches.some((p) => matchesPattern(p, url));

export function adapterFor(url: URL, doc: Document): DashboardAdapter | null {
  return adapters.find((a) => a.matches(url, doc)) ?? null;
}

/** The adapter whose host patterns cover `url`, known before the page has a document (for the network tap). */
export function adapterAt(url: URL): DashboardAdapter | null {
  return adapters.find((a) => a.hosts.some((h) => matchesPattern(h, url))) ?? null;
}
