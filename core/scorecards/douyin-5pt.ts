import { douyin202607, douyinStoreLimits } from './douyin-2026-07';
import { douyinProductLimits } from './douyin-late-rules';
import type { Scorecard } from './schema';

/**
 * The older 5-point score (§2.3, from copies of the rule), in its mid-2024 form where the waybill on-time
 * rate replaced delivery duration. No figure inside logistics was published: every table is ours, the
 * 100-point defaults rescaled linearly (50 → 3.0, 100 → 5.0).
 */
export const douyin5pt: Scorecard = {
  id: 'douyin-5pt',
  platform: 'douyin',
  region: 'CN',
  version: 1,
  effectiveFrom: '2024-07-01',
  windowDays: 90,
  handlingCapacityExtension: false,
  ruleClock: douyin202607.ruleClock,
  scanTimeout: douyin202607.scanTimeout,
  deliverBy: null,
  storeLimits: douyinStoreLimits,
  productLimits: douyinProductLimits,
  scale: { min: 3, max: 5 },
  // The copies do not mention the 18:00–06:00 rule; the clock starts at payment.
  pickupClock: null,
  indicators: [
    {
      id: 'pickupScoreAvg',
      label: 'Pickup timeliness (24 h, 24–36 h and 36–48 h pickup rates, weighted)',
      labelZh: '揽收及时率（24 小时、24–36 小时、36–48 小时揽收率加权）',
      unit: 'points',
      weight: 50,
      // The mean of per-order points is the three pickup rates weighted by these points.
      scoring: {
        kind: 'per-order',
        bands: {
          direction: 'lower-better',
          steps: [
            { threshold: 24, points: 5 },
            { threshold: 36, points: 4.2 },
            { threshold: 48, points: 3.6 },
          ],
          otherwise: 3,
        },
        violationPoints: 3,
      },
      assumed: true,
    },
    {
      id: 'waybillOnTimeRate',
      label: 'Waybill on-time rate (since mid-2024, instead of delivery duration)',
      labelZh: '运单配送时效达成率（2024 年中起取代配送时长）',
      unit: 'rate',
      weight: 50,
      scoring: {
        kind: 'bands',
        bands: {
          direction: 'higher-better',
          steps: [
            { threshold: 0.98, points: 5 },
            { threshold: 0.95, points: 4.6 },
            { threshold: 0.92, points: 4.2 },
            { threshold: 0.88, points: 3.8 },
            { threshold: 0.8, points: 3.4 },
          ],
          otherwise: 3,
        },
      },
      assumed: true,
    },
  ],
  // No growth stage is reported for this version: every shop is scored.
  growth: { minValidOrders: 0, counts: 'valid-paid', fixedScore: null, assumed: true },
  thresholds: [
    {
      id: 'below-3.2',
      label: 'Score below 3.2: the platform could end cooperation',
      labelZh: '体验分低于 3.2：平台可能终止合作',
      measure: 'score',
      comparison: 'lt',
      value: 3.2,
    },
  ],
  deductions: [],
  bonuses: [],
  source: {
    title: '商家体验分 (Merchant Experience Score), 5-point version',
    reference: 'copies of the rule (domain doc §2.3) [reported]; no rule id given',
    note:
      'Logistics was 15 % of the total (product 50 %, service 35 %); this card is the logistics part alone on ' +
      'the 3.0–5.0 scale. Assumed: every table, the 50/50 weights, no night clock, no growth stage, and ' +
      'effectiveFrom 2024-07-01 for "mid-2024".',
  },
};
