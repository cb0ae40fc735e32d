import type { CaptureState } from './capture/session';
import { formatCount } from './format';
import { StatusBadge } from './StatusBadge';

const fmt = (n: number | null) => (n === null || Number.isNaN(n) ? '—' : n.toFixed(0));

/** The host's one line on the dashboard page: status in words, the page's count, rate, backlog, risk. */
export function Overlay({ state }: { state: CaptureState }) {
  const e = state.estimate;
  const level = state.status === 'live' ? (e?.status ?? 'starting') : state.status;
  const topAction = e?.outlook?.actions.find((a) => (a.scoreGain ?? 0) > 0 || a.lateAvoided > 0);
  return (
    <section class="les-overlay" aria-label="LES Radar" role="status" aria-live="polite">
      <StatusBadge level={level} />
      {state.status === 'lost' ? (
        <span class="les-problem">{state.problem}</span>
      ) : (
        <>
          <span>
            Paid <b data-testid="overlay-paid">{state.paidOrders === null ? '—' : formatCount(state.paidOrders)}</b>
          </span>
          <span>
            <b data-testid="overlay-rate">{e ? formatCount(e.ordersPerMinute) : '—'}</b>/min
          </span>
          <span>
            Backlog <b data-testid="overlay-backlog">{e ? formatCount(e.unshipped) : '—'}</b>
          </span>
          <span>
            At risk <b data-testid="overlay-risk">{e ? formatCount(e.atRisk) : '—'}</b>
          </span>
          {e?.outlook?.score && (
            <span data-testid="overlay-score">
              LES <b>{fmt(e.outlook.scoreNow)}</b> → <b>{fmt(e.outlook.score.p50)}</b>
            </span>
          )}
          {topAction && <span class="les-action">{topAction.label}</span>}
        </>
      )}
    </section>
  );
}
