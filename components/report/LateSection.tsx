import { type LatePredicted, streamFigures } from '../../core/faces/stream-figures';
import type { StreamDetail } from '../../core/report/stream-detail-schema';
import type { StreamSummary } from '../../core/report/stream-summary';
import { formatCount, lateText } from '../format';
import { t } from '../i18n';
import { DataTable } from './DataTable';
import { formatAt } from './when';

type Row = { source: string; orders: number | null; late: number | null; note: string };

/**
 * The late-dispatch rows: the model after the fact (recorded orders only, settings as they were), late
 * predicted at the last live estimate as every face showed it (core/faces/stream-figures.ts), and the
 * export's truth.
 */
export function lateRows(summary: StreamSummary, detail: StreamDetail): Row[] {
  const tz = detail.settings.timeZone;
  const e = summary.estimate;
  const rows: Row[] = [
    {
      source: t('late_model'),
      orders: detail.timeline.orders,
      late: detail.timeline.late,
      note:
        detail.settings.savedAt === null
          ? t('late_today_settings')
          : t('late_settings_saved', formatAt(detail.settings.savedAt, tz)),
    },
  ];
  if (e) {
    const f = streamFigures(e);
    rows.push({
      source: t('late_live_estimate'),
      orders: f.streamOrders,
      late: f.late.value,
      note: t('late_live_note', formatAt(f.at, tz), rangeNote(f.late), t('fig_at_risk'), formatCount(f.atRisk)),
    });
  }
  rows.push({
    source: t('late_actual'),
    orders: summary.actual?.orders ?? null,
    late: summary.actual?.late ?? null,
    note: summary.actual
      ? t(summary.actual.matchedBy === 'room' ? 'late_matched_room' : 'late_matched_time')
      : t('late_import_hint'),
  });
  return rows;
}

/** The range of the live figure, or that it covers the orders paid so far only. */
const rangeNote = (l: LatePredicted) =>
  l.range ? t('fig_late_range', formatCount(l.range.p10), formatCount(l.range.p90)) : t('fig_late_paid_only');

/** Late dispatches predicted against actual, in one table with its sentence. */
export function LateSection({ summary, detail }: { summary: StreamSummary; detail: StreamDetail }) {
  const rows = lateRows(summary, detail);
  const actual = summary.actual;
  const live = summary.estimate ? lateText(streamFigures(summary.estimate).late) : '—';
  const model = formatCount(detail.timeline.late);
  const label = t('fig_late_predicted');
  return (
    <section class="report-section" aria-labelledby="late-title">
      <h2 id="late-title">{t('late_title')}</h2>
      <p data-testid="late-sentence">
        {actual
          ? t('late_sentence_actual', label, live, model, formatCount(actual.late), formatCount(actual.orders))
          : t('late_sentence', label, live, model)}
      </p>
      <DataTable
        title={t('late_table', detail.streamId)}
        file={`Late dispatches, ${detail.streamId}`}
        testId="table-late"
        rows={rows}
        columns={[
          { header: t('col_source'), csv: 'Source', value: (r) => r.source, rowHeader: true },
          {
            header: t('report_col_orders'),
            csv: 'Orders',
            value: (r) => r.orders,
            show: (r) => (r.orders === null ? '—' : formatCount(r.orders)),
            num: true,
            col: 'orders',
          },
          {
            header: t('col_late'),
            csv: 'Late dispatches',
            value: (r) => r.late,
            show: (r) => (r.late === null ? '—' : formatCount(r.late)),
            num: true,
            col: 'late',
          },
          { header: t('col_note'), csv: 'Note', value: (r) => r.note },
        ]}
      />
    </section>
  );
}
