import type { Rejection } from '../../core/exports/types';
import { formatCount } from '../format';
import { t } from '../i18n';

/** The table shows this many; the download has them all. */
export const SHOWN_REJECTED = 100;

/** The first rejected rows (row, field, reason — never a cell's text) and the download of all of them. */
export function RejectedRows({ rejected, onDownload }: { rejected: readonly Rejection[]; onDownload(): void }) {
  if (rejected.length === 0) return null;
  const shown = rejected.slice(0, SHOWN_REJECTED);
  return (
    <section aria-labelledby="rejected-title">
      <div class="page-header">
        <h2 id="rejected-title">{t('rejected_title')}</h2>
        <button type="button" class="btn" onClick={onDownload}>
          {t('rejected_download')}
        </button>
      </div>
      {rejected.length > shown.length && (
        <p class="muted">{t('rejected_first', formatCount(shown.length), formatCount(rejected.length))}</p>
      )}
      <table aria-label={t('rejected_title')}>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('rejected_row')}
            </th>
            <th scope="col">{t('rejected_field')}</th>
            <th scope="col">{t('rejected_reason')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={`${r.row}-${i}`}>
              <td class="num">{r.row}</td>
              <td>{r.field}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
