import { useEffect, useState } from 'preact/hooks';

/** What the data section needs from the browser, passed in so tests can fake it. */
export type DataLink = {
  storage(): Promise<{ usage: number; quota: number } | null>;
  backup(): Promise<string>;
  restore(json: string): Promise<void>;
  download(fileName: string, text: string): void;
};

export const BACKUP_FILE_NAME = 'les-radar-backup.json';
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Storage used, a backup of everything to one file, and a restore into a fresh profile. */
export function DataSection({ link }: { link: DataLink }) {
  const [storage, setStorage] = useState<{ usage: number; quota: number } | null>(null);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
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
      link.storage().then(setStorage, () => setStorage(null));
    }
  };
  const backup = () =>
    run('Backup failed', async () => {
      link.download(BACKUP_FILE_NAME, await link.backup());
      return `Saved ${BACKUP_FILE_NAME}.`;
    });
  const restore = (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    void run(`Restore from ${file.name} failed`, async () => {
      await link.restore(await file.text());
      return `Restored from ${file.name}.`;
    });
  };

  return (
    <section class="section" aria-labelledby="s-data">
      <h2 id="s-data">Data on this computer</h2>
      <p class="muted" data-testid="storage-use">
        {storage
          ? `Using ${mb(storage.usage)} of ${mb(storage.quota)} available to the browser.`
          : 'Storage use unknown.'}
      </p>
      <div class="actions-row">
        <button type="button" onClick={backup} disabled={busy}>
          Back up all data
        </button>
        <label class="file-button">
          Restore from a backup (into a fresh profile)
          <input type="file" accept="application/json,.json" onChange={restore} disabled={busy} />
        </label>
      </div>
      {notice && (
        <p class={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
