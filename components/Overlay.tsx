import type { CaptureState } from './capture/session';
import { formatCount } from './format';
import { StatusBadge } from './StatusBadge';

/** The host's one line on the dashboard page: status in words, the page's count, rate, backlog, risk. */
export function Overlay({ state }: { state: CaptureState }) {
  const e = state.estimate;
  const level = state.status === 'live' ? (e?.status ?? 'starting') : state.status;
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
        </>
      )}
    </section>
  );
}
