import type { StreamDetail } from '../../core/report/stream-detail-schema';
import { formatCount, STAGE_CSV, STAGES } from '../format';
import { t as msg } from '../i18n';
import { Chart } from './Chart';
import { DataTable } from './DataTable';
import { formatAt, timeColumn } from './when';

type Timeline = StreamDetail['timeline'];

/** The caption's key numbers: the peak waiting for pickup, and when the last order left (or did not). */
export function backlogSummary(t: Timeline, timeZone: string): string {
  const peak =
    t.peakUnshippedAt === null
      ? msg('backlog_peak', formatCount(t.peakUnshipped))
      : msg('backlog_peak_at', formatCount(t.peakUnshipped), formatAt(t.peakUnshippedAt, timeZone));
  if (t.clearAt !== null) return msg('backlog_cleared', peak, formatAt(t.clearAt, timeZone));
  const b = t.backlog;
  const i = b.at.length - 1;
  const waiting = b.receipt[i] + b.pickPack[i] + b.shipTransport[i];
  return msg('backlog_stuck', peak, formatCount(waiting));
}

/** Orders waiting in each of the four stages over time, from the model run over the recorded arrivals. */
export function BacklogSection({ detail }: { detail: StreamDetail }) {
  const t = detail.timeline;
  const tz = detail.settings.timeZone;
  const b = t.backlog;
  const summary = backlogSummary(t, tz);
  const rows = b.at.map((at, i) => ({ at, i }));
  return (
    <section class="report-section" aria-labelledby="backlog-title">
      <h2 id="backlog-title">{msg('popup_backlog_per_stage')}</h2>
      <p class="muted">{msg('backlog_intro', b.stepMinutes)}</p>
      <figure>
        <Chart
          testId="chart-backlog"
          summary={summary}
          x={b.at}
          xKind="time"
          timeZone={tz}
          yLabel={msg('backlog_waiting')}
          series={STAGES.map((s) => ({ label: s.label, values: b[s.key] }))}
        />
        <figcaption data-testid="caption-backlog">{summary}</figcaption>
      </figure>
      <details>
        <summary>{msg('backlog_data')}</summary>
        <DataTable
          title={msg('backlog_table', detail.streamId)}
          file={`Backlog per stage, ${detail.streamId}`}
          testId="table-backlog"
          rows={rows}
          columns={[
            timeColumn(tz),
            ...STAGES.map((s) => ({
              header: s.label,
              csv: STAGE_CSV[s.key],
              value: (r: { i: number }) => b[s.key][r.i],
              show: (r: { i: number }) => formatCount(b[s.key][r.i]),
              num: true,
            })),
          ]}
        />
      </details>
    </section>
  );
}
