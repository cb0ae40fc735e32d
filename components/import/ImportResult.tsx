import type { ImportOutcome, ImportSummary } from '../../workers/import/types';
import { formatCount } from '../format';
import { type MessageKey, t } from '../i18n';
import { RejectedRows } from './RejectedRows';

const FORMAT_LABEL = { tiktok: 'import_format_tiktok', douyin: 'import_format_douyin' } as const;

/** What became of the import: the summary, a file-level error, or what a cancel kept. */
export function ImportResult({ outcome, onDownload }: { outcome: ImportOutcome; onDownload(s: ImportSummary): void }) {
  if (outcome.kind === 'failed') {
    return (
      <p class="error" role="alert">
        {outcome.message}
      </p>
    );
  }
  if (outcome.kind === 'cancelled') {
    return (
      <p class="muted" role="status">
        {t(outcome.phase === 'reading' ? 'import_cancelled_reading' : 'import_cancelled_storing')}
      </p>
    );
  }
  const s = outcome.summary;
  const figures: [MessageKey, string, number][] = [
    ['import_rows_read', 'rows', s.rows],
    ['import_added', 'added', s.added],
    ['import_updated', 'updated', s.updated],
    ['import_unchanged', 'unchanged', s.unchanged],
    ['rejected_title', 'rejected', s.rejectedCount],
  ];
  return (
    <section class="import-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('import_imported', s.name)}</h2>
      <dl class="figures import-figures">
        <div>
          <dt>{t('import_format')}</dt>
          <dd data-figure="format">{t(FORMAT_LABEL[s.format])}</dd>
        </div>
        {figures.map(([label, key, value]) => (
          <div key={key}>
            <dt>{t(label)}</dt>
            <dd data-figure={key}>{formatCount(value)}</dd>
          </div>
        ))}
      </dl>
      {s.expired > 0 && (
        <p class="muted" data-figure="expired">
          {t('import_expired', formatCount(s.expired), s.retentionDays)}
        </p>
      )}
      {s.warnings.length > 0 && (
        <div class="import-warnings" data-figure="warnings">
          <h3>{t('import_warnings_title')}</h3>
          <ul>
            {s.warnings.map((w) => (
              <li key={`${w.field}:${w.value}`}>
                {t('import_warning_line', w.value, w.field, formatCount(w.rows), w.row)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <RejectedRows rejected={s.rejected} onDownload={() => onDownload(s)} />
    </section>
  );
}
