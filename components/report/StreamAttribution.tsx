import type { Outlook } from '../../core/outlook/outlook-schema';
import type { HistoryInsights } from '../../core/report/insights-schema';
import { say, t } from '../i18n';
import { StageTable } from './StageTable';

type Predicted = NonNullable<Outlook['attribution']>;
type Actual = HistoryInsights['streams'][number]['attribution'];

/**
 * What moved a stream's score: the model's prediction from its latest estimate, and what really held its
 * orders once an export covering it is imported; each a sentence and the per-stage table it sums.
 */
export function StreamAttribution({
  streamId,
  predicted,
  actual,
}: {
  streamId: string;
  predicted: Predicted | null;
  actual: Actual | null;
}) {
  if (!predicted && !actual) return null;
  return (
    <section class="stream-attribution" data-attribution={streamId} aria-label={t('attribution_title', streamId)}>
      <h2>{t('attribution_title', streamId)}</h2>
      {predicted && (
        <>
          <p data-testid="predicted-summary">
            {t('attribution_predicted', say(predicted.sentence, predicted.summary))}
          </p>
          {predicted.late > 0 && (
            <StageTable
              testId="predicted-stages"
              caption={t('attribution_predicted_table', streamId)}
              file={`Predicted late orders by stage, ${streamId}`}
              rows={predicted.stages.map((s) => ({ ...s, lateDispatch: s.late }))}
            />
          )}
        </>
      )}
      {actual && (
        <>
          <p data-testid="actual-summary">
            {t('attribution_actual', actual.orders, say(actual.sentence, actual.summary))}
          </p>
          <StageTable
            testId="actual-stages"
            caption={t('attribution_actual_table', streamId)}
            file={`Actual late orders by stage, ${streamId}`}
            rows={actual.stages}
          />
        </>
      )}
    </section>
  );
}
