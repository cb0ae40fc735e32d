import { useEffect, useRef } from 'preact/hooks';
import { streamFigures } from '../../core/faces/stream-figures';
import type { HistoryInsights } from '../../core/report/insights-schema';
import type { StreamDetail } from '../../core/report/stream-detail-schema';
import type { StreamSummary } from '../../core/report/stream-summary';
import { formatCount, formatDuration, lateText } from '../format';
import { t as msg } from '../i18n';
import { StatusBadge } from '../StatusBadge';
import { ActionsSection } from './ActionsSection';
import { ArrivalsSection } from './ArrivalsSection';
import { BacklogSection } from './BacklogSection';
import { LateSection } from './LateSection';
import { ScorePathSection } from './ScorePathSection';
import { StreamAttribution } from './StreamAttribution';
import { formatAt } from './when';

/** The figures a seller compares first; the compare view lists the same ones side by side. */
export type KeyFigure = { label: string; value: string; raw: number | string | null; csvLabel?: string; hint?: string };

export function keyFigures(s: StreamSummary, d: StreamDetail): KeyFigure[] {
  const tz = d.settings.timeZone;
  const t = d.timeline;
  // At risk and late predicted as the overlay and popup showed them at the stream's last estimate.
  const f = s.estimate && streamFigures(s.estimate);
  return [
    {
      label: msg('report_col_started'),
      csvLabel: 'Started (UTC)',
      value: formatAt(s.firstAt, tz),
      raw: new Date(s.firstAt).toISOString(),
    },
    {
      label: msg('report_col_length'),
      csvLabel: 'Length (minutes)',
      value: formatDuration(s.lastAt - s.firstAt),
      raw: Math.round((s.lastAt - s.firstAt) / 60_000),
    },
    { label: msg('report_col_orders'), csvLabel: 'Orders', value: formatCount(t.orders), raw: t.orders },
    {
      label: msg('figure_busiest'),
      csvLabel: 'Busiest minute (orders)',
      value: formatCount(t.peakPerMinute),
      raw: t.peakPerMinute,
    },
    {
      label: msg('figure_most_waiting'),
      csvLabel: 'Most waiting for pickup',
      value: formatCount(t.peakUnshipped),
      raw: t.peakUnshipped,
    },
    {
      label: msg('figure_cleared'),
      csvLabel: 'All picked up (UTC)',
      value: t.clearAt === null ? msg('figure_not_cleared') : formatAt(t.clearAt, tz),
      raw: t.clearAt === null ? null : new Date(t.clearAt).toISOString(),
    },
    {
      label: msg('fig_at_risk'),
      csvLabel: 'At risk',
      value: f ? formatCount(f.atRisk) : '—',
      raw: f?.atRisk ?? null,
      hint: msg('fig_at_risk_hint'),
    },
    {
      label: msg('fig_late_predicted'),
      csvLabel: 'Late predicted',
      value: f ? lateText(f.late) : '—',
      raw: f?.late.value ?? null,
      hint: msg('fig_late_predicted_hint'),
    },
    {
      label: msg('figure_late_actual'),
      csvLabel: 'Late dispatches, actual',
      value: s.actual ? formatCount(s.actual.late) : msg('figure_no_export'),
      raw: s.actual?.late ?? null,
    },
  ];
}

/** One stream's report page: key figures, the four charts with their tables, and what moved the score. */
export function StreamDetailView({
  summary,
  detail,
  insights,
}: {
  summary: StreamSummary;
  detail: StreamDetail;
  insights: HistoryInsights | null;
}) {
  const figures = keyFigures(summary, detail);
  const heading = useFocusOnOpen();
  return (
    <article class="stream-detail" data-detail={summary.streamId} aria-labelledby="detail-title">
      <h1 id="detail-title" tabIndex={-1} ref={heading}>
        {msg('detail_title', summary.streamId)}
      </h1>
      <p class="muted">
        {msg('detail_source', summary.source, detail.settings.timeZone)}{' '}
        {summary.estimate && (
          <>
            {msg('detail_last_status')} <StatusBadge level={summary.estimate.status} />
          </>
        )}
      </p>
      <dl class="figures key-figures" data-testid="key-figures">
        {figures.map((f) => (
          <div key={f.label}>
            <dt title={f.hint}>{f.label}</dt>
            <dd data-figure={f.csvLabel}>{f.value}</dd>
          </div>
        ))}
      </dl>
      <ArrivalsSection detail={detail} />
      <BacklogSection detail={detail} />
      <LateSection summary={summary} detail={detail} />
      <ScorePathSection summary={summary} detail={detail} />
      <ActionsSection summary={summary} timeZone={detail.settings.timeZone} />
      <StreamAttribution
        streamId={summary.streamId}
        predicted={summary.estimate?.outlook?.attribution ?? null}
        actual={insights?.streams.find((x) => x.streamId === summary.streamId)?.attribution ?? null}
      />
    </article>
  );
}

/** The view's heading takes the focus when it opens, so keyboard and screen-reader users land on it. */
export function useFocusOnOpen() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return heading;
}
