import type { StreamFigures } from '../../core/faces/stream-figures';
import type { StageCapacity } from '../../core/faces/what-if';
import { formatCount, formatWhen } from '../format';
import { t } from '../i18n';

/**
 * Each stage's capacity against what arrives now, under the bars: where the orders come in faster
 * than a stage lets them out, its backlog grows.
 */
export function CapacityLines({ figures: e, capacity: c }: { figures: StreamFigures; capacity: StageCapacity }) {
  const arriving = e.ordersPerMinute * 60;
  const pickup = c.nextPickup
    ? t('capacity_next_pickup', formatCount(c.nextPickup.maxParcels), formatWhen(c.nextPickup.at, e.at, e.timeZone))
    : t('capacity_no_pickup');
  const receipt = c.receiptEveryMinutes === null ? t('capacity_at_once') : t('capacity_every', c.receiptEveryMinutes);
  const lines = [
    { key: 'receipt', text: t('capacity_receipt', receipt, formatCount(arriving)) },
    { key: 'pickPack', text: t('capacity_pick_pack', formatCount(c.pickPackPerHour), formatCount(arriving)) },
    { key: 'shipTransport', text: t('capacity_ship', pickup, formatCount(c.pickupsPerDay)) },
    { key: 'delivery', text: t('capacity_delivery', formatCount(c.meanTransitHours)) },
  ];
  return (
    <ul class="capacity muted" aria-label={t('capacity_label')}>
      {lines.map((l) => (
        <li key={l.key} data-testid={`capacity-${l.key}`}>
          {l.text}
        </li>
      ))}
    </ul>
  );
}
