import type { StreamDetail } from '../../core/report/stream-detail-schema';
import type { StreamSummary } from '../../core/report/stream-summary';
import { formatCount } from '../format';
import { t } from '../i18n';
import { Chart } from './Chart';
import { DataTable } from './DataTable';
import { keyFigures, useFocusOnOpen } from './StreamDetailView';

type Side = { summary: StreamSummary; detail: StreamDetail };

/** Both arrival curves on one axis of minutes since each stream's start, so their shapes line up. */
export function overlaidArrivals(a: StreamDetail, b: StreamDetail) {
  const length = Math.max(a.timeline.arrivals.at.length, b.timeline.arrivals.at.length);
  const minutes = Array.from({ length }, (_, i) => i);
  const at = (d: StreamDetail) => minutes.map((i) => d.timeline.arrivals.cumulative[i] ?? null);
  return { minutes, a: at(a), b: at(b) };
}

/** Two streams side by side: the key figures in one table, and the arrival curves overlaid. */
export function CompareView({ a, b }: { a: Side; b: Side }) {
  const heading = useFocusOnOpen();
  const fa = keyFigures(a.summary, a.detail);
  const fb = keyFigures(b.summary, b.detail);
  const rows = fa.map((f, i) => ({ label: f.label, a: f, b: fb[i] }));
  const curves = overlaidArrivals(a.detail, b.detail);
  const ta = a.detail.timeline;
  const tb = b.detail.timeline;
  const one = (id: string, tl: typeof ta) =>
    t('compare_summary', id, formatCount(tl.orders), tl.arrivals.at.length, formatCount(tl.peakPerMinute));
  const summary = t('sentences_two', one(a.summary.streamId, ta), one(b.summary.streamId, tb));
  return (
    <article class="compare" aria-labelledby="compare-title">
      <h1 id="compare-title" tabIndex={-1} ref={heading}>
        {t('compare_title', a.summary.streamId, b.summary.streamId)}
      </h1>
      <DataTable
        title={t('compare_table')}
        file="Key figures, side by side"
        testId="table-compare"
        rows={rows}
        rowKey={(r) => r.label}
        columns={[
          {
            header: t('col_figure'),
            csv: 'Figure',
            value: (r) => r.a.csvLabel ?? r.label,
            show: (r) => r.label,
            rowHeader: true,
          },
          { header: a.summary.streamId, value: (r) => r.a.raw, show: (r) => r.a.value, num: true, col: 'a' },
          { header: b.summary.streamId, value: (r) => r.b.raw, show: (r) => r.b.value, num: true, col: 'b' },
        ]}
      />
      <section class="report-section" aria-labelledby="compare-arrivals-title">
        <h2 id="compare-arrivals-title">{t('compare_arrivals')}</h2>
        <figure>
          <Chart
            testId="chart-compare"
            summary={summary}
            x={curves.minutes}
            xKind="number"
            xLabel={t('compare_minutes')}
            yLabel={t('arrivals_so_far')}
            series={[
              { label: a.summary.streamId, values: curves.a },
              { label: b.summary.streamId, values: curves.b },
            ]}
          />
          <figcaption data-testid="caption-compare">{summary}</figcaption>
        </figure>
        <details>
          <summary>{t('compare_data')}</summary>
          <DataTable
            title={t('compare_arrivals_table')}
            file="Arrivals of both streams"
            testId="table-compare-arrivals"
            rows={curves.minutes}
            columns={[
              {
                header: t('compare_col_minute'),
                csv: 'Minute since start',
                value: (m) => m,
                rowHeader: true,
                num: true,
              },
              {
                header: t('compare_col_so_far', a.summary.streamId),
                csv: `${a.summary.streamId}: orders so far`,
                value: (m) => curves.a[m],
                num: true,
              },
              {
                header: t('compare_col_so_far', b.summary.streamId),
                csv: `${b.summary.streamId}: orders so far`,
                value: (m) => curves.b[m],
                num: true,
              },
            ]}
          />
        </details>
      </section>
    </article>
  );
}
