import type { StreamSummary } from '../../core/stream';
import type { StreamDetail } from '../../core/stream-detail-schema';
import { formatCount } from '../format';
import { DataTable } from './DataTable';
import { formatAt } from './when';

type Row = { source: string; orders: number | null; late: number | null; note: string };

/** The late-dispatch rows: the model after the fact, the live estimate and outlook, and the export's truth. */
export function lateRows(summary: StreamSummary, detail: StreamDetail): Row[] {
  const tz = detail.settings.timeZone;
  const e = summary.estimate;
  const rows: Row[] = [
    {
      source: 'Predicted: the model over the whole recorded stream',
      orders: detail.timeline.orders,
      late: detail.timeline.late,
      note:
        detail.settings.savedAt === null
          ? 'Today’s settings'
          : `Settings as saved ${formatAt(detail.settings.savedAt, tz)}`,
    },
  ];
  if (e) {
    rows.push({
      source: 'Predicted while live: the last estimate',
      orders: e.streamOrders,
      late: e.late,
      note: `${formatAt(e.at, tz)}; ${formatCount(e.atRisk)} of them still open to action then`,
    });
    const p = e.outlook?.lateDispatch.all;
    if (p) {
      rows.push({
        source: 'Predicted while live: the score outlook (median)',
        orders: e.streamOrders,
        late: Math.round(p.p50),
        note: `P10 ${formatCount(Math.round(p.p10))} – P90 ${formatCount(Math.round(p.p90))}, forecast orders included`,
      });
    }
  }
  rows.push({
    source: 'Actual: the imported order export',
    orders: summary.actual?.orders ?? null,
    late: summary.actual?.late ?? null,
    note: summary.actual
      ? `Orders matched by ${summary.actual.matchedBy === 'room' ? 'live room' : 'payment time'}`
      : 'Import an order export covering the stream to see what really happened',
  });
  return rows;
}

/** Late dispatches predicted against actual, in one table with its sentence. */
export function LateSection({ summary, detail }: { summary: StreamSummary; detail: StreamDetail }) {
  const rows = lateRows(summary, detail);
  const actual = summary.actual;
  const predicted = detail.timeline.late;
  return (
    <section class="report-section" aria-labelledby="late-title">
      <h2 id="late-title">Late dispatches: predicted and actual</h2>
      <p data-testid="late-sentence">
        The model predicts {formatCount(predicted)} late dispatches for this stream
        {actual
          ? `; the export shows ${formatCount(actual.late)} of ${formatCount(actual.orders)} orders shipped late.`
          : '; no imported export covers it yet.'}
      </p>
      <DataTable
        title={`Late dispatches, ${detail.streamId}`}
        testId="table-late"
        rows={rows}
        columns={[
          { header: 'Source', value: (r) => r.source, rowHeader: true },
          {
            header: 'Orders',
            value: (r) => r.orders,
            show: (r) => (r.orders === null ? '—' : formatCount(r.orders)),
            num: true,
            col: 'orders',
          },
          {
            header: 'Late dispatches',
            value: (r) => r.late,
            show: (r) => (r.late === null ? '—' : formatCount(r.late)),
            num: true,
            col: 'late',
          },
          { header: 'Note', value: (r) => r.note },
        ]}
      />
    </section>
  );
}
