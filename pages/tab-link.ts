import { browser } from 'wxt/browser';
import { fail, type Result } from '../core/lib/result';
import type { StageRole } from '../core/records/stage-reading';
import { request } from '../runtime/messaging';

/**
 * The popup's reach into the active tab: ask its capture how it goes, start the picker there, and
 * on a site LES Radar does not read yet, ask for that one site (an optional host permission) and run
 * the content script on it now; the background registers it for the site's later visits.
 */
async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export async function tabCaptureStatus() {
  const tab = await activeTab();
  if (!tab) return null;
  const r = await request('tab', 'capture-status', {}, tab.id);
  return r.ok ? r.data : null;
}

/** `role`: a warehouse stage's number (issue #15) instead of the paid-order counter. */
export async function pickOnActiveTab(role?: StageRole): Promise<Result<{ started: boolean }>> {
  const tab = await activeTab();
  if (!tab) return fail('unreachable', 'no active tab');
  const payload = role ? { role } : {};
  const first = await request('tab', 'start-picker', payload, tab.id);
  if (first.ok || !tab.url || !/^https?:/.test(tab.url)) return first;
  const origin = new URL(tab.url).origin;
  const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
  if (!granted) return fail('unreachable', `LES Radar may not read ${origin} (permission not given)`);
  await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/dashboard.js'] });
  // The fresh content script needs a moment to start listening.
  for (let i = 0; i < 20; i++) {
    const r = await request('tab', 'start-picker', payload, tab.id);
    if (r.ok) return r;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return fail('unreachable', `the page at ${origin} did not answer`);
}

export const manualCount = (streamId: string, paidOrders: number) =>
  request('background', 'manual-count', { streamId, paidOrders });
