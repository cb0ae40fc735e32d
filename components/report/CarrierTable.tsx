import type { CarrierCardView } from '../../core/report/insights-schema';
import type { CsvCell } from '../csv';
import { formatCount } from '../format';
import { t } from '../i18n';
import { CsvButton } from './CsvButton';

type Rate = CarrierCardView['onTimeDelivery'];

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

/** "85 % (71–93 %, n 40)", or "not enough data" when the card has too few orders for the figure. */
function RateCell({ rate, name }: { rate: Rate; name: string }) {
  return (
    <td class="num" data-col={name}>
      {rate
        ? t('carrier_rate', pct(rate.value), pct(rate.low), pct(rate.high), formatCount(rate.n))
        : t('carrier_not_enough')}
    </td>
  );
}

/**
 * The carriers' record in the seller's own history, each figure with its sample size and 95 % Wilson
 * interval. The first row is the carrier the model's delivery stage runs on when it has enough data.
 */
export function CarrierTable({ cards, caption, file }: { cards: CarrierCardView[]; caption: string; file: string }) {
  const regions = cards.some((c) => c.region !== undefined);
  return (
    <>
      <table aria-label={caption} class="carrier-table">
        <thead>
          <tr>
            <th scope="col">{t('carrier_col_carrier')}</th>
            {regions && <th scope="col">{t('carrier_col_region')}</th>}
            <th scope="col" class="num">
              {t('carrier_col_parcels')}
            </th>
            <th scope="col" class="num" title={t('carrier_col_punctuality_title')}>
              {t('carrier_col_punctuality')}
            </th>
            <th scope="col" class="num" title={t('carrier_col_first_title')}>
              {t('carrier_col_first')}
            </th>
            <th scope="col" class="num">
              {t('carrier_col_transit')}
            </th>
            <th scope="col" class="num">
              {t('carrier_col_on_time')}
            </th>
            <th scope="col" class="num">
              {t('carrier_col_fault')}
            </th>
          </tr>
        </thead>
        <tbody>
          {cards.map((c) => (
            <tr key={`${c.carrier}|${c.region ?? ''}`} data-carrier={c.carrier} data-region={c.region}>
              <th scope="row">{c.carrier}</th>
              {regions && <td>{c.region}</td>}
              <td class="num" data-col="parcels">
                {formatCount(c.orders)}
              </td>
              <RateCell rate={c.pickupPunctuality} name="punctuality" />
              <RateCell rate={c.firstPickupShare} name="first-pickup" />
              <td class="num" data-col="transit">
                {c.transitHours
                  ? t('carrier_transit', c.transitHours.p50, c.transitHours.p90, formatCount(c.transitHours.n))
                  : t('carrier_not_enough')}
              </td>
              <RateCell rate={c.onTimeDelivery} name="on-time" />
              <RateCell rate={c.faultReturns} name="fault-returns" />
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton
        title={caption}
        file={file}
        headers={carrierHeaders(regions)}
        rows={() => cards.map((c) => carrierCsvRow(c, regions))}
      />
    </>
  );
}

const RATES = [
  ['pickupPunctuality', 'Pickup on schedule'],
  ['firstPickupShare', 'First pickup after packing'],
  ['onTimeDelivery', 'Delivered on time'],
  ['faultReturns', 'Logistics-fault returns'],
] as const;

/** The CSV's columns, English in every language. Each rate as four plain columns (share, its 95 % interval, its sample size), blank without enough data. */
function carrierHeaders(regions: boolean): string[] {
  const rates = RATES.flatMap(([, name]) => [name, `${name}, low`, `${name}, high`, `${name}, parcels`]);
  return [
    'Carrier',
    ...(regions ? ['Region'] : []),
    'Parcels',
    ...rates,
    'Transit P50 (hours)',
    'Transit P90 (hours)',
    'Transit, parcels',
  ];
}

function carrierCsvRow(c: CarrierCardView, regions: boolean): CsvCell[] {
  const rates = RATES.flatMap(([key]) => {
    const r = c[key];
    return r ? [r.value, r.low, r.high, r.n] : [null, null, null, null];
  });
  const t = c.transitHours;
  return [c.carrier, ...(regions ? [c.region ?? ''] : []), c.orders, ...rates, t?.p50, t?.p90, t?.n];
}
