import { useEffect, useState } from 'preact/hooks';
import { formatCount, timeLocale } from '../format';
import { t } from '../i18n';
import type { NoticeText } from '../Notice';
import { ConfirmStep } from './ConfirmStep';
import type { DataLink, StreamListRow } from './data-link';

const when = (at: number) =>
  new Intl.DateTimeFormat(timeLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);

type Props = { link: DataLink; generation: number; onDone(notice: NoticeText): void };

/** Every recorded stream with "Delete this stream", which asks first and names what goes with it. */
export function StreamsData({ link, generation, onDone }: Props) {
  const [streams, setStreams] = useState<StreamListRow[] | null>(null);
  const [asking, setAsking] = useState<StreamListRow | null>(null);
  const [busy, setBusy] = useState(false);
  // `generation` says the data changed: read the list again.
  useEffect(() => {
    link.streams().then(setStreams, () => setStreams([]));
  }, [link, generation]);

  const remove = async (s: StreamListRow) => {
    setBusy(true);
    try {
      const removed = await link.deleteStream(s.streamId);
      onDone({ error: false, text: t('data_stream_deleted', s.streamId, formatCount(removed.snapshots ?? 0)) });
    } catch (e) {
      onDone({ error: true, text: t('data_delete_failed', s.streamId, e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };

  if (!streams) return null;
  return (
    <div class="streams-data">
      <h3>{t('data_streams_title')}</h3>
      {streams.length === 0 ? (
        <p class="muted">{t('data_streams_none')}</p>
      ) : (
        <ul class="bindings" data-testid="stored-streams">
          {streams.map((s) => (
            <li key={s.streamId}>
              <span>{t('data_stream_line', s.streamId, when(s.lastAt), formatCount(s.snapshots))}</span>{' '}
              {asking?.streamId === s.streamId ? (
                <ConfirmStep
                  id="confirm-delete-stream"
                  question={t('data_delete_question', s.streamId, formatCount(s.snapshots))}
                  confirmLabel={t('data_delete_confirm')}
                  busy={busy}
                  onConfirm={() => void remove(s)}
                  onCancel={() => setAsking(null)}
                />
              ) : (
                <button type="button" class="btn btn-quiet" onClick={() => setAsking(s)} disabled={busy}>
                  {t('data_delete_stream')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
