import type { StreamSummary } from '../../core/stream';
import { formatCount, STAGE_LABEL } from '../format';
import { DataTable } from './DataTable';
import { formatAt } from './when';

const gain = (g: number | null) => (g === null ? '—' : `${g >= 0 ? '+' : '−'}${Math.abs(g).toFixed(1)}`);

/** What each suggested action would have changed, ranked as the outlook ranked them (same draws for all). */
export function ActionsSection({ summary, timeZone }: { summary: StreamSummary; timeZone: string }) {
  const outlook = summary.estimate?.outlook;
  return (
    <section class="report-section" aria-labelledby="actions-title">
      <h2 id="actions-title">What the suggested actions would have changed</h2>
      {!outlook || outlook.actions.length === 0 ? (
        <p class="muted">No score outlook was computed for this stream, so there are no actions to weigh.</p>
      ) : (
        <>
          <p class="muted">
            From the last score outlook ({formatAt(summary.estimate?.at ?? null, timeZone)}, {outlook.samples} samples):
            each action on the same simulated outcomes, so the difference is the action's.
          </p>
          <DataTable
            title={`Suggested actions, ${summary.streamId}`}
            testId="table-actions"
            rows={outlook.actions}
            rowKey={(a) => a.id}
            columns={[
              { header: 'Action', value: (a) => a.label, rowHeader: true },
              { header: 'Stage', value: (a) => STAGE_LABEL[a.stage] },
              {
                header: 'Late dispatches avoided',
                value: (a) => a.lateAvoided,
                show: (a) => formatCount(Math.round(a.lateAvoided)),
                num: true,
                col: 'avoided',
              },
              {
                header: 'Score gain (points)',
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
