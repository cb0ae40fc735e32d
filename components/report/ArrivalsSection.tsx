import type { StreamDetail } from '../../core/report/stream-detail-schema';
import { formatCount, formatDuration } from '../format';
import { t as msg } from '../i18n';
import { Chart } from './Chart';
import { DataTable } from './DataTable';
import { formatClock, isoAt } from './when';

type Timeline = StreamDetail['timeline'];

/** The caption's key numbers: orders, length and the busiest minute. */
export function arrivalsSummary(t: Timeline, timeZone: string): string {
  const { at, perMinute } = t.arrivals;
  const busiest = perMinute.indexOf(t.peakPerMinute);
  const length = formatDuration((at.at(-1) ?? t.t0) - t.t0 + 60_000);
  const [orders, peak] = [formatCount(t.orders), formatCount(t.peakPerMinute)];
  return busiest >= 0 && t.peakPerMinute > 0
    ? msg('arrivals_summary_at', orders, length, peak, formatClock(at[busiest], timeZone))
    : msg('arrivals_summary', orders, length, peak);
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
      <h2 id="arrivals-title">{msg('arrivals_title')}</h2>
      <figure>
        <Chart
          testId="chart-arrivals"
          summary={summary}
          x={t.arrivals.at}
          xKind="time"
          timeZone={tz}
          yLabel={msg('arrivals_so_far')}
          y2Label={msg('arrivals_per_minute')}
          series={[
            { label: msg('arrivals_so_far'), values: t.arrivals.cumulative },
            { label: msg('arrivals_in_minute'), values: t.arrivals.perMinute, scale: 'y2' },
          ]}
        />
        <figcaption data-testid="caption-arrivals">{summary}</figcaption>
      </figure>
      <details>
        <summary>{msg('arrivals_data')}</summary>
        <DataTable
          title={msg('arrivals_table', detail.streamId)}
          file={`Arrivals per minute, ${detail.streamId}`}
          testId="table-arrivals"
          rows={rows}
          columns={[
            {
              header: msg('arrivals_col_minute'),
              csv: 'Minute starting (UTC)',
              value: (r) => isoAt(r.at),
              show: (r) => formatClock(r.at, tz),
              rowHeader: true,
            },
            {
              header: msg('arrivals_col_in_minute'),
              csv: 'Orders paid in the minute',
              value: (r) => r.perMinute,
              show: (r) => formatCount(r.perMinute),
              num: true,
            },
            {
              header: msg('arrivals_col_so_far'),
              csv: 'Orders paid so far',
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
