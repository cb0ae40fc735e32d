import { browser } from 'wxt/browser';
import { contentMatches } from '../core/adapters/registry';

const SCRIPT_ID = 'les-radar-custom-sites';

/**
 * Sites the seller granted at run time (to pick a number on them) get the capture content script on
 * every visit: registered for exactly the granted origins, re-synced when a grant is added or removed.
 */
export async function syncCustomSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const custom = origins.filter((o) => !contentMatches.includes(o));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (custom.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: custom,
      js: ['content-scripts/dashboard.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export function watchCustomSites(): void {
  const sync = () => void syncCustomSites().catch((e) => console.warn('LES Radar: custom sites', e));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
