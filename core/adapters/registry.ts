import type { DashboardAdapter } from './adapter';
import { demoAdapter } from './demo';
import { douyinAdapter } from './douyin';

/** Every dashboard adapter, in the order they are tried. Adding a platform adds one line here. */
export const adapters: readonly DashboardAdapter[] = [demoAdapter, douyinAdapter];

export function adapterFor(url: URL, doc: Document): DashboardAdapter | null {
  return adapters.find((a) => a.matches(url, doc)) ?? null;
}
