import type { StreamDetail } from '../../core/stream-detail-schema';
import { formatCount, STAGES } from '../format';
import { Chart } from './Chart';
import { DataTable } from './DataTable';
import { formatAt, isoAt } from './when';

type Timeline = StreamDetail['timeline'];

/** The caption's key numbers: the peak waiting for pickup, and when the last order left (or did not). */
export function backlogSummary(t: Timeline, timeZone: string): string {
  const peak = `At most ${formatCount(t.peakUnshipped)} orders waited for the carrier's pickup scan${
    t.peakUnshippedAt === null ? '' : ` (${formatAt(t.peakUnshippedAt, timeZone)})`
  }`;
  if (t.clearAt !== null) return `${peak}; the last was picked up ${formatAt(t.clearAt, timeZone)}.`;
  const b = t.backlog;
  const i = b.at.length - 1;
  const waiting = b.receipt[i] + b.pickPack[i] + b.shipTransport[i];
  return `${peak}; 48 hours after the stream, ${formatCount(waiting)} still waited for pickup.`;
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
      <h2 id="backlog-title">Backlog per stage</h2>
      <p class="muted">
        The capacity model run over the recorded arrivals, every {b.stepMinutes} min from the stream's start until the
        last order is picked up (at most 48 hours after the stream). Order delivery holds parcels in transit.
      </p>
      <figure>
        <Chart
          testId="chart-backlog"
          summary={summary}
          x={b.at}
          xKind="time"
          timeZone={tz}
          yLabel="Orders waiting"
          series={STAGES.map((s) => ({ label: s.label, values: b[s.key] }))}
        />
        <figcaption data-testid="caption-backlog">{summary}</figcaption>
      </figure>
      <details>
        <summary>The backlog over time (the chart's data)</summary>
        <DataTable
          title={`Backlog per stage, ${detail.streamId}`}
          testId="table-backlog"
          rows={rows}
          columns={[
            { header: 'Time (UTC)', value: (r) => isoAt(r.at), show: (r) => formatAt(r.at, tz), rowHeader: true },
            ...STAGES.map((s) => ({
              header: s.label,
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
