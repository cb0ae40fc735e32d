import { streamFigures } from '../../core/faces/stream-figures';
import type { HistoryInsights } from '../../core/report/insights-schema';
import type { StreamSummary } from '../../core/report/stream-summary';
import { formatCount, formatDuration, lateText, timeLocale } from '../format';
import { t } from '../i18n';
import { StatusBadge } from '../StatusBadge';
import { CompareForm } from './CompareForm';
import { CsvButton } from './CsvButton';
import { HistoryInsightsView } from './HistoryInsightsView';
import { routeHash } from './route';
import { StreamAttribution } from './StreamAttribution';

/**
 * The seller's list of recorded streams, newest first; then, per stream, what moved its score (predicted
 * and, from an imported export, actual), and the imported history's window and carriers.
 */
export function ReportView({
  streams,
  insights,
  error,
}: {
  streams: StreamSummary[] | null;
  insights: HistoryInsights | null;
  error: string | null;
}) {
  return (
    <main class="page report">
      <header class="page-header">
        <h1>{t('report_heading')}</h1>
        <a href="import.html">{t('report_import_link')}</a>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {streams && streams.length === 0 && <p class="muted">{t('report_none')}</p>}
      {streams && streams.length > 0 && (
        <table aria-label={t('report_streams')}>
          <thead>
            <tr>
              <th scope="col">{t('report_col_stream')}</th>
              <th scope="col">{t('report_col_started')}</th>
              <th scope="col">{t('report_col_length')}</th>
              <th scope="col" class="num">
                {t('report_col_orders')}
              </th>
              <th scope="col" class="num">
                {t('report_col_peak_rate')}
              </th>
              <th scope="col" class="num">
                {t('report_col_peak_backlog')}
              </th>
              <th scope="col" class="num" title={t('fig_at_risk_hint')}>
                {t('fig_at_risk')}
              </th>
              <th scope="col" class="num" title={t('fig_late_predicted_hint')}>
                {t('fig_late_predicted')}
              </th>
              <th scope="col">{t('report_col_status')}</th>
              <th scope="col" class="num" title={t('report_col_actual_title')}>
                {t('report_col_actual')}
              </th>
              <th scope="col" class="num" title={t('report_col_late_title')}>
                {t('report_col_late')}
              </th>
              <th scope="col" class="no-print">
                {t('report_col_report')}
              </th>
            </tr>
          </thead>
          <tbody>
            {streams.map((s) => {
              // The list shows each stream's last estimate as every other face showed it.
              const f = s.estimate && streamFigures(s.estimate);
              return (
                <tr key={s.streamId} data-stream={s.streamId}>
                  <td>{s.streamId}</td>
                  <td>{new Date(s.firstAt).toLocaleString(timeLocale())}</td>
                  <td>{formatDuration(s.lastAt - s.firstAt)}</td>
                  <td class="num">
                    {formatCount(s.estimate?.streamOrders ?? Math.max(0, s.lastPaidOrders - s.firstPaidOrders))}
                  </td>
                  <td class="num">{s.estimate ? formatCount(s.estimate.peakOrdersPerMinute) : '—'}</td>
                  <td class="num">{s.estimate ? formatCount(s.estimate.peakUnshipped) : '—'}</td>
                  <td class="num" data-col="at-risk">
                    {f ? formatCount(f.atRisk) : '—'}
                  </td>
                  <td class="num" data-col="late-predicted" title={f ? lateText(f.late) : undefined}>
                    {f ? formatCount(f.late.value) : '—'}
                  </td>
                  <td>{f ? <StatusBadge level={f.status} /> : '—'}</td>
                  <td class="num" data-testid="actual-orders">
                    {s.actual ? formatCount(s.actual.orders) : '—'}
                  </td>
                  <td class="num" data-testid="actual-late">
                    {s.actual ? formatCount(s.actual.late) : '—'}
                  </td>
                  <td class="no-print">
                    <a
                      href={routeHash({ view: 'stream', streamId: s.streamId })}
                      aria-label={t('report_details_of', s.streamId)}
                    >
                      {t('report_details')}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {streams && streams.length > 0 && (
        <CsvButton title={t('report_streams')} headers={STREAM_HEADERS} rows={() => streams.map(streamCsvRow)} />
      )}
      {streams && <CompareForm streams={streams} />}
      {streams?.map((s) => (
        <StreamAttribution
          key={s.streamId}
          streamId={s.streamId}
          predicted={s.estimate?.outlook?.attribution ?? null}
          actual={insights?.streams.find((x) => x.streamId === s.streamId)?.attribution ?? null}
        />
      ))}
      {insights && <HistoryInsightsView insights={insights} />}
    </main>
  );
}

const STATUS_WORD_EN = { green: 'On track', amber: 'Backlog building', red: 'Orders at risk' } as const;

const STREAM_HEADERS = [
  'Stream',
  'Source',
  'Started (UTC)',
  'Ended (UTC)',
  'Orders',
  'Peak orders per minute',
  'Peak backlog',
  'At risk',
  'Late predicted',
  'Status',
  'Actual orders',
  'Shipped late',
];

/** The streams table as CSV: the same figures, unformatted, blank where the page shows a dash; English, like its headers. */
function streamCsvRow(s: StreamSummary) {
  const e = s.estimate;
  const f = e && streamFigures(e);
  return [
    s.streamId,
    s.source,
    new Date(s.firstAt).toISOString(),
    new Date(s.lastAt).toISOString(),
    e?.streamOrders ?? Math.max(0, s.lastPaidOrders - s.firstPaidOrders),
    e?.peakOrdersPerMinute,
    e?.peakUnshipped,
    f?.atRisk,
    f?.late.value,
    f ? STATUS_WORD_EN[f.status] : null,
    s.actual?.orders,
    s.actual?.late,
  ];
}
