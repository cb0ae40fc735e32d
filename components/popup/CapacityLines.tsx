import type { Estimate } from '../../core/estimate';
import type { StageCapacity } from '../../core/faces/what-if';
import { formatCount, formatWhen } from '../format';

/**
 * Each stage's capacity against what arrives now, under the bars: where the orders come in faster
 * than a stage lets them out, its backlog grows.
 */
export function CapacityLines({ estimate: e, capacity: c }: { estimate: Estimate; capacity: StageCapacity }) {
  const arriving = e.ordersPerMinute * 60;
  const pickup = c.nextPickup
    ? `next pickup takes ${formatCount(c.nextPickup.maxParcels)} at ${formatWhen(c.nextPickup.at, e.at, e.timeZone)}`
    : 'no pickup set';
  const lines = [
    { key: 'receipt', text: `Order receipt: ${c.receipt}; ${formatCount(arriving)}/h arriving` },
    {
      key: 'pickPack',
      text: `Pick & pack: ${formatCount(c.pickPackPerHour)}/h packing now vs ${formatCount(arriving)}/h arriving`,
    },
    { key: 'shipTransport', text: `Ship & transport: ${pickup}; ${formatCount(c.pickupsPerDay)} parcels a day` },
    { key: 'delivery', text: `Order delivery: ${formatCount(c.meanTransitHours)} h mean transit` },
  ];
  return (
    <ul class="capacity muted" aria-label="Capacity against arrivals">
      {lines.map((l) => (
        <li key={l.key} data-testid={`capacity-${l.key}`}>
          {l.text}
        </li>
      ))}
    </ul>
  );
}
