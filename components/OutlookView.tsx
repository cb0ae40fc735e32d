import type { Outlook } from '../core/outlook-schema';
import { formatCount, STAGE_LABEL } from './format';

const fmtScore = (n: number | null | undefined) =>
  n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(1);

/** Score now → predicted (P10–P90), the flags the median outcome crosses, and the ranked actions. */
export function OutlookView({ outlook: o }: { outlook: Outlook }) {
  const top = o.actions.filter((a) => (a.scoreGain ?? 0) > 0 || a.lateAvoided > 0).slice(0, 4);
  return (
    <section aria-label="Score outlook">
      <h2>Logistics score ({o.scorecard})</h2>
      <p class="score-line" data-testid="score-line">
        <b>{fmtScore(o.scoreNow)}</b> now → <b>{fmtScore(o.score?.p50)}</b> after this stream
        {o.score && (
          <span class="muted">
            {' '}
            (P10–P90 {fmtScore(o.score.p10)}–{fmtScore(o.score.p90)})
          </span>
        )}
      </p>
      {o.historyOrders === 0 && (
        <p class="muted" data-testid="no-history">
          No order history yet: the score rests on this stream alone. Import an order export for the whole window.
        </p>
      )}
      <p class="muted">
        Late dispatches predicted: {formatCount(o.lateDispatch.all.p50)} (P10–P90 {formatCount(o.lateDispatch.all.p10)}–
        {formatCount(o.lateDispatch.all.p90)})
      </p>
      {o.flags.length > 0 && (
        <ul class="flags" aria-label="Warnings">
          {o.flags.map((f) => (
            <li key={f.id} class="flag">
              ⚠ {f.label}
            </li>
          ))}
        </ul>
      )}
      {o.attribution && (
        <p class="attribution" data-testid="attribution">
          {o.attribution.summary}
        </p>
      )}
      <h2>Suggested actions</h2>
      {top.length === 0 ? (
        <p class="muted">Nothing to change: no action would help.</p>
      ) : (
        <ol class="actions" data-testid="actions">
          {top.map((a) => (
            <li key={a.id} data-action={a.id}>
              <span>{a.label}</span>
              <span class="muted">
                {STAGE_LABEL[a.stage]} ·{' '}
                {a.scoreGain !== null && `${a.scoreGain >= 0 ? '+' : ''}${a.scoreGain.toFixed(1)} points, `}
                {formatCount(a.lateAvoided)} fewer late
              </span>
            </li>
          ))}
        </ol>
      )}
      <p class="assumptions muted">
        From {o.samples} simulated outcomes. Assumed, check in Settings: {o.assumptions.join('; ')}.
      </p>
    </section>
  );
}
