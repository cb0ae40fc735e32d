import type { StreamDetail } from '../../core/stream-detail-schema';
import { formatCount, formatDuration } from '../format';
import { Chart } from './Chart';
import { DataTable } from './DataTable';
import { formatClock, isoAt } from './when';

type Timeline = StreamDetail['timeline'];

/** The caption's key numbers: orders, length and the busiest minute. */
export function arrivalsSummary(t: Timeline, timeZone: string): string {
  const { at, perMinute } = t.arrivals;
  const busiest = perMinute.indexOf(t.peakPerMinute);
  const length = formatDuration((at.at(-1) ?? t.t0) - t.t0 + 60_000);
  return (
    `${formatCount(t.orders)} orders paid in ${length}; the busiest minute had ${formatCount(t.peakPerMinute)}` +
    (busiest >= 0 && t.peakPerMinute > 0 ? `, at ${formatClock(at[busiest], timeZone)}.` : '.')
  );
}

/** The arrival curve: orders paid so far (left axis) and in each minute (right axis). */
export function ArrivalsSection({ detail }: { detail: StreamDetail }) {
  const t = detail.timeline;
  const tz = detail.settings.timeZone;
  const summary = arrivalsSummary(t, tz);
  const rows = t.arrivals.at.map((at, i) => ({
    at,
    cumulative: t.arrivals.cumulative[i],
    perMinute: t.arrivals.perMinute[i],
  }));
  return (
    <section class="report-section" aria-labelledby="arrivals-title">
      <h2 id="arrivals-title">Arrivals</h2>
      <figure>
        <Chart
          testId="chart-arrivals"
          summary={summary}
          x={t.arrivals.at}
          xKind="time"
          timeZone={tz}
          yLabel="Orders so far"
          y2Label="Orders per minute"
          series={[
            { label: 'Orders so far', values: t.arrivals.cumulative },
            { label: 'Orders in the minute', values: t.arrivals.perMinute, scale: 'y2' },
          ]}
        />
        <figcaption data-testid="caption-arrivals">{summary}</figcaption>
      </figure>
      <details>
        <summary>The arrivals minute by minute (the chart's data)</summary>
        <DataTable
          title={`Arrivals per minute, ${detail.streamId}`}
          testId="table-arrivals"
          rows={rows}
          columns={[
            {
              header: 'Minute starting (UTC)',
              value: (r) => isoAt(r.at),
              show: (r) => formatClock(r.at, tz),
              rowHeader: true,
            },
            {
              header: 'Orders paid in the minute',
              value: (r) => r.perMinute,
              show: (r) => formatCount(r.perMinute),
              num: true,
            },
            {
              header: 'Orders paid so far',
              value: (r) => r.cumulative,
              show: (r) => formatCount(r.cumulative),
              num: true,
            },
          ]}
        />
      </details>
    </section>
  );
}
