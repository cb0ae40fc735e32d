import { douyinProductLimits, douyinStoreLimits } from './douyin-late-rules';
import type { BandTable, Scorecard } from './schema';

export { douyinStoreLimits };

/** 97–100 → 5.0, −0.1 per 4 points down to 61–64 → 4.1; 60 → 4.0, then −0.1 per point down to 50 → 3.0 (§2.1). */
export const douyinStarRows: NonNullable<Scorecard['stars']>['rows'] = [
  { minScore: 97, stars: 5.0 },
  { minScore: 93, stars: 4.9 },
  { minScore: 89, stars: 4.8 },
  { minScore: 85, stars: 4.7 },
  { minScore: 81, stars: 4.6 },
  { minScore: 77, stars: 4.5 },
  { minScore: 73, stars: 4.4 },
  { minScore: 69, stars: 4.3 },
  { minScore: 65, stars: 4.2 },
  { minScore: 61, stars: 4.1 },
  { minScore: 60, stars: 4.0 },
  { minScore: 59, stars: 3.9 },
  { minScore: 58, stars: 3.8 },
  { minScore: 57, stars: 3.7 },
  { minScore: 56, stars: 3.6 },
  { minScore: 55, stars: 3.5 },
  { minScore: 54, stars: 3.4 },
  { minScore: 53, stars: 3.3 },
  { minScore: 52, stars: 3.2 },
  { minScore: 51, stars: 3.1 },
  { minScore: 50, stars: 3.0 },
];

// The six bands 50–100 are the rule; every threshold below is our editable default (§2.1 [assumed]).

/** Hours from clock start to pickup scan → points, per order, and for 2026-09 the mean hours. */
export const douyinPickupHourBands: BandTable = {
  direction: 'lower-better',
  steps: [
    { threshold: 12, points: 100 },
    { threshold: 24, points: 90 },
    { threshold: 36, points: 80 },
    { threshold: 48, points: 70 },
    { threshold: 72, points: 60 },
  ],
  otherwise: 50,
};

export const douyinOnTimeBands: BandTable = {
  direction: 'higher-better',
  steps: [
    { threshold: 0.98, points: 100 },
    { threshold: 0.95, points: 90 },
    { threshold: 0.92, points: 80 },
    { threshold: 0.88, points: 70 },
    { threshold: 0.8, points: 60 },
  ],
  otherwise: 50,
};

export const douyinReturnBands: BandTable = {
  direction: 'lower-better',
  steps: [
    { threshold: 0.0005, points: 100 },
    { threshold: 0.001, points: 90 },
    { threshold: 0.002, points: 80 },
    { threshold: 0.004, points: 70 },
    { threshold: 0.008, points: 60 },
  ],
  otherwise: 50,
};

/** The big-sale eligibility line (rule aJogfFBShQ25, 2026-08-12). */
export const douyinBelow70: Scorecard['thresholds'][number] = {
  id: 'below-70',
  // The 70 line is a rule of the total 商家体验分; here it is drawn on the logistics sub-score, and says so.
  label:
    'Logistics sub-score below 70 (the 70 line is the total score’s: a 7-day average below 70 for 7 days removes the shop from big-sale events)',
  labelZh: '物流分项低于 70（70 分线是总分规则：近 7 日均分连续 7 天低于 70，店铺将无法报名大促活动）',
  measure: 'score',
  comparison: 'lt',
  value: 70,
};

/** Douyin 商家体验分, logistics experience, current 100-point version. */
export const douyin202607: Scorecard = {
  id: 'douyin-2026-07',
  platform: 'douyin',
  region: 'CN',
  version: 1,
  effectiveFrom: '2026-07-14',
  windowDays: 30,
  handlingCapacityExtension: false,
  ruleClock: {
    timeZone: 'Asia/Shanghai',
    calendar: 'cn-public',
    reference:
      'Douyin counts its deadlines in China time (rule 101706, revised 2025-09-29); its promises run on natural ' +
      'days, so the holiday calendar matters only to a business-day promise a seller sets',
    assumed: true,
  },
  scanTimeout: {
    hours: 24,
    reference:
      'Douyin tracking timeout (揽收超时): no pickup scan 24 h after the tracking number is uploaded, a logistics ' +
      'anomaly (25 % compensation) at 48 h; rule 101706 and its logistics-anomaly detail, checked 2026-12',
    assumed: false,
  },
  // Waybills are judged against their route's standard, which no export carries (core/model/ship-by-orders.ts).
  deliverBy: null,
  storeLimits: douyinStoreLimits,
  productLimits: douyinProductLimits,
  scale: { min: 50, max: 100 },
  pickupClock: { nightFrom: '18:00', nightUntil: '06:00' },
  indicators: [
    {
      id: 'pickupScoreAvg',
      label: 'Average pickup-time score (揽收时长平均得分)',
      labelZh: '揽收时长平均得分',
      unit: 'points',
      weight: 15,
      scoring: { kind: 'per-order', bands: douyinPickupHourBands, violationPoints: 50 },
      assumed: true,
      note: 'The hours→points table is not public; the weight comes from a mock dashboard [reported].',
    },
    {
      id: 'waybillOnTimeRate',
      label: 'Waybill on-time rate (运单配送时效达成率)',
      labelZh: '运单配送时效达成率',
      unit: 'rate',
      weight: 70,
      scoring: { kind: 'bands', bands: douyinOnTimeBands },
      assumed: true,
      note: 'Band thresholds and weight are industry-specific and shown only in the back office.',
    },
    {
      id: 'logisticsReturnRate',
      label: 'Logistics-fault return rate (发货物流品退率)',
      labelZh: '发货物流品退率',
      unit: 'rate',
      weight: 15,
      scoring: { kind: 'bands', bands: douyinReturnBands },
      assumed: true,
      note: 'Band thresholds and weight are industry-specific and shown only in the back office.',
    },
    {
      id: 'pickupOnTimeRate',
      label: 'Picked up by 23:59:59 of the day after payment (growth-stage check)',
      labelZh: '付款次日 23:59:59 前揽收（成长期考核）',
      unit: 'rate',
      weight: 0,
      scoring: { kind: 'none' },
      assumed: false,
    },
  ],
  growth: {
    minValidOrders: 30,
    counts: 'valid-paid',
    fixedScore: 70,
    // The rule names the check (pickup SLA) but not the pass rate: 90 % is ours.
    check: { measure: 'pickupOnTimeRate', comparison: 'gte', value: 0.9, failScore: 60, assumed: true },
    assumed: false,
  },
  smallShop: {
    belowValidOrders: 500,
    maxFaultReturns: 3,
    indicator: 'logisticsReturnRate',
    points: 80,
    assumed: false,
  },
  stars: { rows: douyinStarRows, assumed: false },
  thresholds: [douyinBelow70],
  deductions: [
    {
      id: 'fraudulent-shipping',
      label: 'Fraudulent shipping: −15 for each day a product has 3 or more such orders',
      flag: 'shippingViolation',
      minOrdersPerDay: 3,
      // Counted per product per day (≥ 3 such orders of one product in a day; rule 101706 detail rule).
      countedPer: 'product-day',
      points: 15,
      cap: null,
      assumed: true,
    },
  ],
  bonuses: [],
  source: {
    title: '商家体验分规范 (Merchant Experience Score rules), 100-point version',
    reference: 'rule 103956 (school.jinritemai.com/doudian/web/rules/103956), revisions 2026-05-07 and 2026-07-14',
    note:
      'Models the logistics dimension only; growth stage, small-shop protection, stars, deductions and the 70 line ' +
      'belong to the total score and are applied here as if logistics were the whole of it. Assumed: the hours→points ' +
      'table, all band thresholds, the 15/70/15 weights, the 90 % growth-check pass rate, and that a shippingViolation order is fraudulent shipping (counted per ' +
      'product per day). A logistics anomaly is a separate violation (rule 101706), not fraudulent shipping: no ' +
      'order bit marks it yet, so it is not modelled. Not ' +
      'modelled: the +3 remote-area bonus, the capped −3 deductions, and flagship shops (< 300: set ' +
      'smallShop.belowValidOrders to 300).',
  },
};
