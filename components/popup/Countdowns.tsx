import { countdownClock } from '../../core/faces/countdown';
import type { StreamFigures } from '../../core/faces/stream-figures';
import { formatCount, formatWhen } from '../format';
import { t } from '../i18n';

const countdown = (at: number | null, now: number) => {
  const c = countdownClock(at, now);
  return c === null ? '—' : t(c.past ? 'countdown_ago' : 'countdown_in', c.clock);
};

/**
 * The three clocks the assistant watches, ticking each second between estimates: the next carrier
 * pickup, the earliest open ship-by deadline (with the orders at risk of missing one), and when
 * everything waiting will have been picked up.
 */
export function Countdowns({ figures: e, now }: { figures: StreamFigures; now: number }) {
  const rows = [
    { id: 'pickup', label: t('countdown_pickup'), at: e.nextPickupAt, extra: '' },
    {
      id: 'deadline',
      label: t('countdown_deadline'),
      at: e.earliestDeadline,
      extra: t('fig_pair', t('fig_at_risk'), formatCount(e.atRisk)),
    },
    { id: 'clear', label: t('countdown_clear'), at: e.clearAt, extra: '' },
  ];
  const groups = e.atRiskByDeadline;
  return (
    <>
      <dl class="countdowns" aria-label={t('countdowns_label')}>
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
      {groups.length > 1 && (
        <p class="muted" data-testid="risk-by-deadline">
          {t(
            'risk_by_deadline',
            groups
              .slice(0, 4)
              .map((g) => t('risk_deadline_item', formatWhen(g.deadline, now, e.timeZone), formatCount(g.orders)))
              .join(' · '),
          )}
        </p>
      )}
    </>
  );
}
