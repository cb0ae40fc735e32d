import type { StreamDetail } from '../../core/report/stream-detail-schema';
import type { StreamSummary } from '../../core/report/stream-summary';
import { cardLabel, t as msg } from '../i18n';
import { Chart, type ChartSeries } from './Chart';
import { DataTable } from './DataTable';
import { formatAt, timeColumn } from './when';

type Path = NonNullable<StreamDetail['scorePath']>;
type Outlook = NonNullable<NonNullable<StreamSummary['estimate']>['outlook']>;

const score = (s: number | null | undefined) => (s === null || s === undefined ? '—' : s.toFixed(1));

/** The outlook as the popup said it while live: "70.0 → 82.0 (P10 78.0 – P90 85.0)". */
export function outlookWords(o: Outlook): string | null {
  if (!o.score) return null;
  return `${score(o.scoreNow)} → ${score(o.score.p50)} (P10 ${score(o.score.p10)} – P90 ${score(o.score.p90)})`;
}

/** The caption's key numbers: the first and last score of the path, its lowest, and the lines drawn. */
export function scorePathSummary(path: Path, timeZone: string): string {
  const known = path.score.map((s, i) => ({ s, i })).filter((x): x is { s: number; i: number } => x.s !== null);
  if (known.length === 0) return msg('score_path_none');
  const first = known[0];
  const last = known[known.length - 1];
  const lowest = known.reduce((a, b) => (b.s < a.s ? b : a));
  const day = (i: number) => formatAt(path.at[i], timeZone);
  const lines = path.thresholds.map((t) => msg('score_line_at', t.value, cardLabel(t))).join(msg('list_separator'));
  const said = msg(
    'score_path_summary',
    path.scorecard,
    path.windowDays,
    score(first.s),
    day(first.i),
    score(last.s),
    day(last.i),
    score(lowest.s),
    day(lowest.i),
  );
  return lines ? msg('score_path_summary_lines', said, lines) : said;
}

/** The score's path over the days the stream sits in the scorecard's window, with the card's lines on the score. */
export function ScorePathSection({ summary, detail }: { summary: StreamSummary; detail: StreamDetail }) {
  const tz = detail.settings.timeZone;
  const path = detail.scorePath;
  const outlook = summary.estimate?.outlook ?? null;
  const said = outlook && outlookWords(outlook);
  return (
    <section class="report-section" aria-labelledby="score-title">
      <h2 id="score-title">{msg('score_path_title')}</h2>
      {said && <p data-testid="outlook-words">{msg('score_outlook_said', said)}</p>}
      {!path ? (
        <p class="muted">{msg('score_path_import')}</p>
      ) : (
        <>
          <figure>
            <Chart
              testId="chart-score"
              summary={scorePathSummary(path, tz)}
              x={path.at}
              xKind="time"
              timeZone={tz}
              yLabel={msg('col_score')}
              yRange={[path.scale.min, path.scale.max]}
              series={[
                { label: msg('score_series'), values: path.score },
                ...path.thresholds.map(
                  (t): ChartSeries => ({ label: msg('score_line', cardLabel(t)), values: path.at.map(() => t.value) }),
                ),
              ]}
            />
            <figcaption data-testid="caption-score">{scorePathSummary(path, tz)}</figcaption>
          </figure>
          {path.indicatorThresholds.length > 0 && (
            <p class="muted">{msg('score_indicator_lines', path.indicatorThresholds.join(msg('list_separator')))}</p>
          )}
          <details>
            <summary>{msg('score_path_data')}</summary>
            <DataTable
              title={msg('score_path_table', detail.streamId)}
              file={`Score path, ${detail.streamId}`}
              testId="table-score"
              rows={path.at.map((at, i) => ({ at, s: path.score[i] }))}
              columns={[
                timeColumn(tz),
                { header: msg('col_score'), csv: 'Score', value: (r) => r.s, show: (r) => score(r.s), num: true },
              ]}
            />
          </details>
        </>
      )}
    </section>
  );
}
