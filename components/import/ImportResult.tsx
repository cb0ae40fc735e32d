import type { ImportOutcome, ImportSummary } from '../../workers/import/types';
import { formatCount } from '../format';
import { RejectedRows } from './RejectedRows';

const FORMAT_LABEL = { tiktok: 'TikTok Shop Seller Center', douyin: 'Douyin 抖店' } as const;

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
        {outcome.phase === 'reading'
          ? 'Import cancelled while reading: nothing was stored.'
          : 'Import cancelled while storing: the orders already saved are kept. Import the same file again ' +
            'to complete it — orders already stored are not counted twice.'}
      </p>
    );
  }
  const s = outcome.summary;
  const figures: [string, string, number][] = [
    ['Rows read', 'rows', s.rows],
    ['Orders added', 'added', s.added],
    ['Orders updated', 'updated', s.updated],
    ['Orders unchanged', 'unchanged', s.unchanged],
    ['Rejected rows', 'rejected', s.rejectedCount],
  ];
  return (
    <section class="import-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Imported {s.name}</h2>
      <dl class="figures import-figures">
        <div>
          <dt>Format</dt>
          <dd data-figure="format">{FORMAT_LABEL[s.format]}</dd>
        </div>
        {figures.map(([label, key, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-figure={key}>{formatCount(value)}</dd>
          </div>
        ))}
      </dl>
      {s.expired > 0 && (
        <p class="muted" data-figure="expired">
          {formatCount(s.expired)} orders paid more than {s.retentionDays} days ago were removed: the history keeps
          {` ${s.retentionDays} `}days.
        </p>
      )}
      <RejectedRows rejected={s.rejected} onDownload={() => onDownload(s)} />
    </section>
  );
}
