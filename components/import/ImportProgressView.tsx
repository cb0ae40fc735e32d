import type { ImportProgress } from '../../workers/import/types';
import { formatCount } from '../format';
import { t } from '../i18n';

/** Whole percent of the bytes read; an empty file is wholly read at once. */
export const percentOf = (p: ImportProgress): number =>
  p.totalBytes === 0 ? 100 : Math.floor((100 * p.bytes) / p.totalBytes);

const WORD = {
  reading: 'import_reading',
  storing: 'import_storing',
  done: 'import_done',
  stopped: 'import_stopped',
} as const;

/** The bar (bytes) with rows read and percent beside it, and Cancel while the import runs. */
export function ImportProgressView({
  progress,
  status,
  onCancel,
}: {
  progress: ImportProgress | null;
  /** 'stopped' after a cancel or a file-level failure. */
  status: 'running' | 'done' | 'stopped';
  onCancel(): void;
}) {
  const running = status === 'running';
  const percent = progress ? percentOf(progress) : 0;
  const word = t(running ? (progress ? WORD[progress.phase] : 'import_starting') : WORD[status]);
  return (
    <section class="import-progress" aria-label={t('import_progress')}>
      <progress id="import-progress" max={100} value={percent} aria-describedby="import-progress-text" />
      <p id="import-progress-text" class="muted" role="status">
        {t('import_progress_text', word, formatCount(progress?.rows ?? 0), percent)}
      </p>
      {running && (
        <button type="button" class="btn" onClick={onCancel}>
          {t('import_cancel')}
        </button>
      )}
    </section>
  );
}
