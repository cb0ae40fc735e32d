import type { Estimate } from '../../core/estimate';
import { countdown } from '../../core/faces/countdown';
import { formatCount, formatWhen } from '../format';

/**
 * The three clocks the assistant watches, ticking each second between estimates: the next carrier
 * pickup, the earliest open ship-by deadline (with the orders at risk of missing one), and when
 * everything waiting will have been picked up.
 */
export function Countdowns({ estimate: e, now }: { estimate: Estimate; now: number }) {
  const rows = [
    { id: 'pickup', label: 'Next carrier pickup', at: e.nextPickupAt, extra: '' },
    {
      id: 'deadline',
      label: 'Earliest ship-by deadline',
      at: e.earliestDeadline,
      extra: e.atRisk > 0 ? `${formatCount(e.atRisk)} orders at risk of missing theirs` : 'no order at risk',
    },
    { id: 'clear', label: 'Time to clear (all picked up)', at: e.clearAt, extra: '' },
  ];
  return (
    <dl class="countdowns" aria-label="Countdowns">
      {rows.map((r) => (
        <div key={r.id}>
          <dt>{r.label}</dt>
          <dd>
            <b data-testid={`countdown-${r.id}`}>{countdown(r.at, now)}</b>{' '}
            <span class="muted">
              {r.at === null ? '' : formatWhen(r.at, now, e.timeZone)}
              {r.extra && ` · ${r.extra}`}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
