import { useState } from 'preact/hooks';
import { formatCount } from '../format';
import { t } from '../i18n';
import type { NoticeText } from '../Notice';
import { ConfirmStep } from './ConfirmStep';
import type { DataCounts, DataLink } from './data-link';

/** The question names every kind of thing that goes, with its count, and that the settings go too. */
export const eraseQuestion = (c: DataCounts): string =>
  t(
    'data_erase_question',
    formatCount(c.streams),
    formatCount(c.snapshots),
    formatCount(c.orders),
    formatCount(c.imports),
    formatCount(c.settingsVersions),
    formatCount(c.reports),
  );

/** "Erase all LES Radar data": counts what is stored, asks in the page, then erases everything. */
export function EraseAll({ link, onDone }: { link: DataLink; onDone(notice: NoticeText): void }) {
  const [counts, setCounts] = useState<DataCounts | null>(null);
  const [busy, setBusy] = useState(false);
  const ask = async () => {
    setBusy(true);
    try {
      setCounts(await link.counts());
    } catch (e) {
      onDone({ error: true, text: t('data_erase_failed', e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };
  const erase = async () => {
    setBusy(true);
    try {
      await link.eraseAll();
      onDone({ error: false, text: t('data_erased') });
    } catch (e) {
      onDone({ error: true, text: t('data_erase_failed', e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
      setCounts(null);
    }
  };
  return (
    <div class="erase-all">
      <h3>{t('data_erase_title')}</h3>
      {counts ? (
        <ConfirmStep
          id="confirm-erase-all"
          question={eraseQuestion(counts)}
          confirmLabel={t('data_erase_confirm')}
          busy={busy}
          onConfirm={() => void erase()}
          onCancel={() => setCounts(null)}
        />
      ) : (
        <button type="button" class="btn btn-danger" onClick={() => void ask()} disabled={busy}>
          {t('data_erase')}
        </button>
      )}
    </div>
  );
}
