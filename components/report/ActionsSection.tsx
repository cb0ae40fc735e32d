import type { StreamSummary } from '../../core/report/stream-summary';
import { formatCount, STAGE_LABEL } from '../format';
import { t } from '../i18n';
import { actionLabel } from '../OutlookView';
import { DataTable } from './DataTable';
import { formatAt } from './when';

const gain = (g: number | null) => (g === null ? '—' : `${g >= 0 ? '+' : '−'}${Math.abs(g).toFixed(1)}`);

/** What each suggested action would have changed, ranked as the outlook ranked them (same draws for all). */
export function ActionsSection({ summary, timeZone }: { summary: StreamSummary; timeZone: string }) {
  const outlook = summary.estimate?.outlook;
  return (
    <section class="report-section" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('actions_title')}</h2>
      {!outlook || outlook.actions.length === 0 ? (
        <p class="muted">{t('actions_none')}</p>
      ) : (
        <>
          <p class="muted">{t('actions_intro', formatAt(summary.estimate?.at ?? null, timeZone), outlook.samples)}</p>
          <DataTable
            title={t('actions_table', summary.streamId)}
            file={`Suggested actions, ${summary.streamId}`}
            testId="table-actions"
            rows={outlook.actions}
            rowKey={(a) => a.id}
            columns={[
              { header: t('col_action'), csv: 'Action', value: actionLabel, rowHeader: true },
              { header: t('col_stage'), csv: 'Stage', value: (a) => STAGE_LABEL[a.stage] },
              {
                header: t('col_late_avoided'),
                csv: 'Late dispatches avoided',
                value: (a) => a.lateAvoided,
                show: (a) => formatCount(Math.round(a.lateAvoided)),
                num: true,
                col: 'avoided',
              },
              {
                header: t('col_score_gain'),
                csv: 'Score gain (points)',
                value: (a) => a.scoreGain,
                show: (a) => gain(a.scoreGain),
                num: true,
                col: 'gain',
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
