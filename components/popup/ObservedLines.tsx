import { stageAdapters } from '../../core/adapters/registry';
import { missedPickupSubs, missedPickupWords } from '../../core/faces/missed-pickup';
import type { Estimate } from '../../core/outlook/estimate';
import { formatCount, formatWhen } from '../format';
import { t } from '../i18n';

/**
 * What the warehouse's own pages show beside what the settings alone expected (issue #15), and the
 * pickup-scan watchdog's alert: under the stage bars, which already start from the counts.
 */
export function ObservedLines({ estimate: e }: { estimate: Estimate }) {
  const o = e.observed;
  const missed = missedPickupWords(e);
  if (!o && !missed) return null;
  const shown = (role: 'pickPack' | 'shipTransport') =>
    o?.observedRoles.includes(role)
      ? formatCount(o[role])
      : `${formatCount(o?.[role] ?? 0)} ${t('observed_inferred_role')}`;
  return (
    <div class="observed">
      {missed && (
        <p class="error" role="alert" data-testid="missed-pickup">
          {t(
            'missed_pickup',
            ...missedPickupSubs(missed, {
              none: t('missed_pickup_none'),
              deadline: t('missed_pickup_deadline'),
              scan: t('missed_pickup_scan'),
            }),
          )}
        </p>
      )}
      {o && (
        <ul class="muted" data-testid="observed">
          <li data-testid="observed-vs-inferred">
            {t(
              'observed_vs_inferred',
              formatCount(o.inferred.pickPack),
              formatCount(o.inferred.shipTransport),
              shown('pickPack'),
              shown('shipTransport'),
            )}
          </li>
          {o.speed && (
            <li data-testid="observed-speed">
              {t('observed_speed', Math.round(o.speed.ratio * 100), formatCount(o.speed.minutes))}
            </li>
          )}
          {o.older > 0 && <li>{t('observed_older', formatCount(o.older))}</li>}
          <li>{t('observed_read_at', formatWhen(o.at, e.at, e.timeZone), sourceWords(o.source))}</li>
        </ul>
      )}
    </div>
  );
}

/** Where the counts came from, in words: a stage adapter's page, or the numbers the assistant picked. */
const sourceWords = (source: string): string =>
  source === 'picked' ? t('observed_source_picked') : (stageAdapters.find((a) => a.id === source)?.label ?? source);
