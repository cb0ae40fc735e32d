import { downloadText } from '../components/download';
import type { DataLink } from '../components/options/DataSection';
import type { OptionsLink } from '../components/options/OptionsApp';
import { quotaWords } from '../components/quota-words';
import type { Settings } from '../core/settings/settings';
import { RadarDb } from '../storage/db';
import { explainQuota } from '../storage/history/quota';
import { exportBackup, restoreBackup, withHistoryLock } from '../storage/history-store';
import { loadSettings, readSettings, saveSettings } from '../storage/settings-store';

/** What the options page needs from the browser: the settings file, and the data section's storage. */
const db = new RadarDb();

// A new language takes effect by reloading the page in it once the settings are saved. The page's Save is
// the seller's click after seeing any problems of the saved file, so it may write over one (issue #16).
async function save(settings: Settings): Promise<void> {
  const before = (await loadSettings()).language;
  await saveSettings(settings, { overwriteInvalid: true });
  if (settings.language !== before) location.reload();
}

export const optionsLink: OptionsLink = { load: readSettings, save, download: downloadText };

export const dataLink: DataLink = {
  storage: async () => {
    const e = await navigator.storage.estimate();
    return e.usage === undefined || e.quota === undefined ? null : { usage: e.usage, quota: e.quota };
  },
  backup: () => exportBackup(db),
  // Under the history's lock, so that a restore never overlaps an import in another tab; a full disk
  // is said in the seller's words.
  restore: (json: string) =>
    explainQuota(() => withHistoryLock(async () => void (await restoreBackup(db, json))), 'restore', {
      words: quotaWords(),
    }),
  download: downloadText,
};
