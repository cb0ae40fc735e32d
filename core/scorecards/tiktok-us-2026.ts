import type { BandTable, Scorecard } from './schema';

/**
 * Our 0–5 mapping where TikTok publishes targets but no points: meeting the target is 4, comfortably
 * better is 4.5 and 5, and each step further from the target costs a point, down to 0.
 */
const higher = (steps: [number, number][]): BandTable => ({
  direction: 'higher-better',
  steps: steps.map(([threshold, points]) => ({ threshold, points })),
  otherwise: 0,
});
const lower = (steps: [number, number][]): BandTable => ({ ...higher(steps), direction: 'lower-better' });

// [threshold, points]; the 4-point step is the published target.
const otdrBands = higher([
  [0.95, 5],
  [0.9, 4.5],
  [0.8, 4],
  [0.7, 3],
  [0.6, 2],
  [0.5, 1],
]);
const sfcrBands = lower([
  [0.005, 5],
  [0.015, 4.5],
  [0.025, 4],
  [0.05, 3],
  [0.075, 2],
  [0.1, 1],
]);
const ldrBands = lower([
  [0.01, 5],
  [0.02, 4.5],
  [0.04, 4],
  [0.06, 3],
  [0.08, 2],
  [0.1, 1],
]);
/** What the seller guides report; no rule page states these windows (§3): marked assumed. */
const reported = (days: number) => ({
  days,
  reference: `${days}-day window: reported by TikTok Shop seller guides, not a rule page`,
  assumed: true,
});

const vtrBands = higher([
  [0.99, 5],
  [0.97, 4.5],
  [0.95, 4],
  [0.9, 3],
  [0.85, 2],
  [0.8, 1],
]);

/** TikTok Shop (US) Shop Performance Score, fulfilment & logistics part. */
export const tiktokUs2026: Scorecard = {
  id: 'tiktok-us-2026',
  platform: 'tiktok',
  region: 'US',
  version: 1,
  effectiveFrom: '2026-03-02',
  windowDays: 90,
  handlingCapacityExtension: true,
  ruleClock: {
    timeZone: 'America/Los_Angeles',
    calendar: 'us-federal',
    reference:
      'The dispatch cut-off is 11:59 PM Pacific for every US shop and federal holidays are no business days: ' +
      'seller-us.tiktok.com/university FAQ knowledge_id 8064131472115499 (checked 2026-12)',
    assumed: false,
  },
  // TikTok judges the ship-by deadline (late dispatch), not how long a labelled parcel waits for its scan.
  scanTimeout: null,
  deliverBy: {
    businessDays: 6,
    reference:
      'Deliver-by date: 6 business days from the order date: Fulfillment Policy knowledge_id 3995852763301633, ' +
      'OTDR guide knowledge_id 7671875816589099 (checked 2026-12)',
    assumed: false,
  },
  storeLimits: [],
  productLimits: [],
  scale: { min: 0, max: 5 },
  pickupClock: null,
  indicators: [
    {
      id: 'otdr',
      label: 'On-time delivery rate (OTDR)',
      labelZh: '准时送达率（OTDR）',
      unit: 'rate',
      weight: 50,
      scoring: { kind: 'bands', bands: otdrBands },
      assumed: true,
      window: reported(30),
    },
    {
      id: 'sfcr',
      label: 'Seller-fault cancellation rate (SFCR)',
      labelZh: '商家原因取消率（SFCR）',
      unit: 'rate',
      weight: 50,
      scoring: { kind: 'bands', bands: sfcrBands },
      assumed: true,
      window: reported(30),
    },
    // Account-health metrics with their own enforcement, outside SPS: shown with points, weighted 0.
    {
      id: 'ldr',
      label: 'Late dispatch rate (LDR)',
      labelZh: '延迟发货率（LDR）',
      unit: 'rate',
      weight: 0,
      scoring: { kind: 'bands', bands: ldrBands },
      assumed: true,
      window: reported(7),
    },
    {
      id: 'vtr',
      label: 'Valid tracking rate (VTR)',
      labelZh: '有效物流追踪率（VTR）',
      unit: 'rate',
      weight: 0,
      scoring: { kind: 'bands', bands: vtrBands },
      assumed: true,
    },
  ],
  growth: { minValidOrders: 30, counts: 'delivered', fixedScore: null, assumed: false },
  thresholds: [
    {
      id: 'otdr-below-80',
      label: 'OTDR below the 80 % target',
      labelZh: 'OTDR 低于 80 % 的目标',
      measure: 'otdr',
      comparison: 'lt',
      value: 0.8,
    },
    {
      id: 'sfcr-above-2.5',
      label: 'SFCR above the 2.5 % target',
      labelZh: 'SFCR 高于 2.5 % 的目标',
      measure: 'sfcr',
      comparison: 'gt',
      value: 0.025,
    },
    {
      id: 'ldr-above-4',
      label: 'LDR above the recommended 4 %',
      labelZh: 'LDR 高于建议的 4 %',
      measure: 'ldr',
      comparison: 'gt',
      value: 0.04,
    },
    {
      id: 'ldr-above-10',
      label: 'LDR above 10 %: enforcement',
      labelZh: 'LDR 高于 10 %：将受处罚',
      measure: 'ldr',
      comparison: 'gt',
      value: 0.1,
    },
    {
      id: 'vtr-below-95',
      label: 'VTR below the 95 % target',
      labelZh: 'VTR 低于 95 % 的目标',
      measure: 'vtr',
      comparison: 'lt',
      value: 0.95,
    },
  ],
  deductions: [],
  bonuses: [],
  source: {
    title: 'TikTok Shop Shop Performance Score (US): fulfilment & logistics',
    reference: 'seller-us.tiktok.com/university knowledge_id 7953001314830094; LDR enforcement from 2026-03-02',
    note:
      'TikTok publishes targets (OTDR ≥ 80 %, SFCR ≤ 2.5 %, LDR ≤ 4 %, enforcement > 10 %, VTR ≥ 95 %) but ' +
      'no points: every band table and the 50/50 OTDR/SFCR weights are our assumption (target = 4 of 5). SPS ' +
      'is benchmarked against the main category since 2025-03-13, which no band here can reproduce. Ship-by ' +
      '(2 business days, 23:59 PST, +1 day above the handling capacity) and deliver-by (6 business days) ' +
      'come with the orders.',
  },
};
