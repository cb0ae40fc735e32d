import {
  douyin202607,
  douyinBelow70,
  douyinOnTimeBands,
  douyinPickupHourBands,
  douyinReturnBands,
  douyinStarRows,
  douyinStoreLimits,
} from './douyin-2026-07';
import { douyinProductLimits } from './douyin-late-rules';
import type { Scorecard } from './schema';

/**
 * The revision effective 2026-09-08: the rule no longer publishes per-indicator points or weights, so
 * this card keeps the 2026-07 bands and weights as assumptions, scoring the mean pickup hours directly.
 */
export const douyin202609: Scorecard = {
  id: 'douyin-2026-09',
  platform: 'douyin',
  region: 'CN',
  version: 1,
  effectiveFrom: '2026-09-08',
  windowDays: 30,
  handlingCapacityExtension: false,
  ruleClock: douyin202607.ruleClock,
  scanTimeout: douyin202607.scanTimeout,
  deliverBy: null,
  storeLimits: douyinStoreLimits,
  productLimits: douyinProductLimits,
  scale: { min: 50, max: 100 },
  // Assumed carried over: the notice changes the indicator, not how its clock starts.
  pickupClock: { nightFrom: '18:00', nightUntil: '06:00' },
  indicators: [
    {
      id: 'pickupHoursAvg',
      label: 'Average pickup hours (揽收时长)',
      labelZh: '揽收时长',
      unit: 'hours',
      weight: 15,
      scoring: { kind: 'bands', bands: douyinPickupHourBands },
      assumed: true,
      note: 'The 2026-07 per-order hours table applied to the mean hours.',
    },
    {
      id: 'waybillOnTimeRate',
      label: 'Waybill on-time rate (运单配送时效达成率)',
      labelZh: '运单配送时效达成率',
      unit: 'rate',
      weight: 70,
      scoring: { kind: 'bands', bands: douyinOnTimeBands },
      assumed: true,
    },
    {
      id: 'logisticsReturnRate',
      label: 'Damaged-goods/packaging return rate (logistics-fault returns stand in)',
      labelZh: '破损/包装问题退货率（以发货物流品退代替）',
      unit: 'rate',
      weight: 15,
      scoring: { kind: 'bands', bands: douyinReturnBands },
      assumed: true,
      note: 'The order columns carry no damaged-goods flag; logistics-fault returns are the nearest measure.',
    },
    {
      id: 'nextDayDeliveryRate',
      label: 'Delivered by the end of the day after payment (bonus at 20 %)',
      labelZh: '次日达率（付款次日内送达，达 20 % 加分）',
      unit: 'rate',
      weight: 0,
      scoring: { kind: 'none' },
      assumed: false,
    },
    ...douyin202607.indicators.filter((i) => i.id === 'pickupOnTimeRate'),
  ],
  growth: { ...douyin202607.growth, assumed: true },
  smallShop: { belowValidOrders: 500, maxFaultReturns: 3, indicator: 'logisticsReturnRate', points: 80, assumed: true },
  stars: { rows: douyinStarRows, assumed: true },
  thresholds: [douyinBelow70],
  deductions: [
    {
      id: 'fraudulent-shipping',
      label: 'Fraudulent shipping: −10 each, at most −10 per 30 days',
      flag: 'shippingViolation',
      minOrdersPerDay: null,
      countedPer: 'day',
      points: 10,
      cap: 10,
      assumed: true,
    },
  ],
  bonuses: [
    {
      id: 'next-day-delivery',
      label: '+5: at least 20 % of orders delivered next day',
      measure: 'nextDayDeliveryRate',
      comparison: 'gte',
      value: 0.2,
      points: 5,
      assumed: false,
    },
  ],
  source: {
    title: '商家体验分规范 (Merchant Experience Score rules), revision of 2026-09-08',
    reference: 'rule 103956; notice aJoPPkXuLRqc (effective 2026-09-08)',
    note:
      'Per-indicator points and weights were removed from the rule; every band and weight here is the 2026-07 ' +
      'default carried over, as are the growth stage, small-shop protection and stars. Damaged-goods returns are ' +
      'approximated by logistics-fault returns. The −10 deduction counts every shippingViolation order as ' +
      'fraudulent shipping; a logistics anomaly is a separate violation that no order bit marks yet (not ' +
      'modelled); false advertising is not visible in orders.',
  },
};
