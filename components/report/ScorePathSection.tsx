import type { StreamSummary } from '../../core/stream';
import type { StreamDetail } from '../../core/stream-detail-schema';
import { Chart, type ChartSeries } from './Chart';
import { DataTable } from './DataTable';
import { formatAt, isoAt } from './when';

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
  if (known.length === 0) return 'The imported history gives no score over this span.';
  const first = known[0];
  const last = known[known.length - 1];
  const lowest = known.reduce((a, b) => (b.s < a.s ? b : a));
  const day = (i: number) => formatAt(path.at[i], timeZone);
  const lines = path.thresholds.map((t) => `line at ${t.value}: ${t.label}`).join('; ');
  return (
    `Score from the imported history (${path.scorecard}, ${path.windowDays}-day window): ${score(first.s)} on ${day(first.i)} → ` +
    `${score(last.s)} on ${day(last.i)}; lowest ${score(lowest.s)} on ${day(lowest.i)}.${lines ? ` ${lines}.` : ''}`
  );
}

/** The score's path over the days the stream sits in the scorecard's window, with the card's lines on the score. */
export function ScorePathSection({ summary, detail }: { summary: StreamSummary; detail: StreamDetail }) {
  const tz = detail.settings.timeZone;
  const path = detail.scorePath;
  const outlook = summary.estimate?.outlook ?? null;
  const said = outlook && outlookWords(outlook);
  return (
    <section class="report-section" aria-labelledby="score-title">
      <h2 id="score-title">The score’s path</h2>
      {said && (
        <p data-testid="outlook-words">
          While live, the outlook said: score {said} once the stream’s orders have flowed through.
        </p>
      )}
      {!path ? (
        <p class="muted">Import an order export covering the weeks around this stream to see its score day by day.</p>
      ) : (
        <>
          <figure>
            <Chart
              testId="chart-score"
              summary={scorePathSummary(path, tz)}
              x={path.at}
              xKind="time"
              timeZone={tz}
              yLabel="Score"
              yRange={[path.scale.min, path.scale.max]}
              series={[
                { label: 'Score (imported history)', values: path.score },
                ...path.thresholds.map(
                  (t): ChartSeries => ({ label: `Line: ${t.label}`, values: path.at.map(() => t.value) }),
                ),
              ]}
            />
            <figcaption data-testid="caption-score">{scorePathSummary(path, tz)}</figcaption>
          </figure>
          {path.indicatorThresholds.length > 0 && (
            <p class="muted">
              This scorecard draws no line on the score itself; its indicators have:{' '}
              {path.indicatorThresholds.join('; ')}.
            </p>
          )}
          <details>
            <summary>The score day by day (the chart's data)</summary>
            <DataTable
              title={`Score path, ${detail.streamId}`}
              testId="table-score"
              rows={path.at.map((at, i) => ({ at, s: path.score[i] }))}
              columns={[
                { header: 'Time (UTC)', value: (r) => isoAt(r.at), show: (r) => formatAt(r.at, tz), rowHeader: true },
                { header: 'Score', value: (r) => r.s, show: (r) => score(r.s), num: true },
              ]}
            />
          </details>
        </>
      )}
    </section>
  );
}
