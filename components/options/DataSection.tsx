import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { Notice } from '../Notice';
import type { DataLink } from './data-link';
import { EraseAll } from './EraseAll';
import { StreamsData } from './StreamsData';
import './data.css';

export type { DataLink };

export const BACKUP_FILE_NAME = 'les-radar-backup.json';
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/**
 * Storage used, a backup of everything to one file, a restore into a fresh profile, each recorded
 * stream with "Delete this stream", and "Erase all LES Radar data".
 */
export function DataSection({ link }: { link: DataLink }) {
  const [storage, setStorage] = useState<{ usage: number; quota: number } | null>(null);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(() =>
    link.justErased?.() ? { error: false, text: t('data_erased') } : null,
  );
  const [busy, setBusy] = useState(false);
  // Bumped after every change to the data, so the stream list reads it again.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    link.storage().then(setStorage, () => setStorage(null));
  }, [link]);

  const run = async (what: string, work: () => Promise<string>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice({ error: false, text: await work() });
    } catch (e) {
      setNotice({ error: true, text: `${what}: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
      setGeneration((g) => g + 1);
      link.storage().then(setStorage, () => setStorage(null));
    }
  };
  const done = (n: { error: boolean; text: string }) => {
    setNotice(n);
    setGeneration((g) => g + 1);
    link.storage().then(setStorage, () => setStorage(null));
  };
  const backup = () =>
    run(t('data_backup_failed'), async () => {
      link.download(BACKUP_FILE_NAME, await link.backup());
      return t('data_saved', BACKUP_FILE_NAME);
    });
  const restore = (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    void run(t('data_restore_failed', file.name), async () => {
      await link.restore(await file.text());
      return t('data_restored', file.name);
    });
  };

  return (
    <section class="section" aria-labelledby="s-data">
      <h2 id="s-data">{t('data_title')}</h2>
      <p class="muted" data-testid="storage-use">
        {storage ? t('data_usage', mb(storage.usage), mb(storage.quota)) : t('data_usage_unknown')}
      </p>
      <div class="actions-row">
        <button type="button" onClick={backup} disabled={busy}>
          {t('data_backup')}
        </button>
        <label class="file-button">
          {t('data_restore')}
          <input type="file" accept="application/json,.json" onChange={restore} disabled={busy} />
        </label>
      </div>
      <Notice notice={notice} />
      <StreamsData link={link} generation={generation} onDone={done} />
      <EraseAll link={link} onDone={done} />
    </section>
  );
}
