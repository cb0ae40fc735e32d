import { render } from 'preact';
import { downloadText } from '../../components/download';
import { DataSection } from '../../components/options/DataSection';
import { OptionsApp } from '../../components/options/OptionsApp';
import { quotaWords } from '../../components/quota-words';
import type { Settings } from '../../core/settings';
import { RadarDb } from '../../workers/db';
import { explainQuota } from '../../workers/history/quota';
import { exportBackup, restoreBackup, withHistoryLock } from '../../workers/history-store';
import { startInLanguage } from '../../workers/page-language';
import { loadSettings, saveSettings } from '../../workers/settings-store';
import '../../components/page.css';
import '../../components/options.css';

const db = new RadarDb();
// A new language takes effect by reloading the page in it once the settings are saved.
const save = async (settings: Settings) => {
  const before = (await loadSettings()).language;
  await saveSettings(settings);
  if (settings.language !== before) location.reload();
};
const link = { load: loadSettings, save, download: downloadText };
const data = {
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
startInLanguage('options_title').then(() =>
  render(
    <>
      <OptionsApp link={link} />
      <div class="page options">
        <DataSection link={data} />
      </div>
    </>,
    document.getElementById('app') as HTMLElement,
  ),
);
