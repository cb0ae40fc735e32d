import { downloadText } from '../components/download';
import type { DataLink } from '../components/options/DataSection';
import type { OptionsLink } from '../components/options/OptionsApp';
import { quotaWords } from '../components/quota-words';
import type { Result } from '../core/lib/result';
import type { Settings } from '../core/settings/settings';
import { request } from '../runtime/messaging';
import { RadarDb } from '../storage/db';
import { explainQuota } from '../storage/history/quota';
import { exportBackup, restoreBackup, withHistoryLock } from '../storage/history-store';
import { countData, listStreamRows } from '../storage/lifecycle/data-counts';
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
  streams: () => listStreamRows(db),
  counts: () => countData(db),
  // Deleting and erasing go through the background, which answers them only to extension pages.
  deleteStream: async (streamId) => answer(await request('background', 'delete-stream', { streamId })),
  eraseAll: async () => {
    answer(await request('background', 'erase-all', {}));
    // The form holds the settings as they were: start the page afresh on the defaults, saying why.
    location.hash = ERASED;
    location.reload();
  },
  justErased: () => {
    if (location.hash !== `#${ERASED}`) return false;
    history.replaceState(null, '', location.pathname);
    return true;
  },
};

const ERASED = 'erased';
const answer = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
};
