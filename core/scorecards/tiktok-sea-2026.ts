import type { Scorecard } from './schema';
import { tiktokUs2026 } from './tiktok-us-2026';

/** TikTok Shop South-East Asia: the US card over 30 days, plus the SFCR order-volume cap. */
export const tiktokSea2026: Scorecard = {
  ...tiktokUs2026,
  id: 'tiktok-sea-2026',
  region: 'SEA',
  effectiveFrom: '2026-01-01',
  windowDays: 30,
  // Each SEA country keeps its own clock and holidays; no rule page names them: the shop's zone, weekends only.
  ruleClock: null,
  deliverBy: tiktokUs2026.deliverBy && {
    ...tiktokUs2026.deliverBy,
    reference: `${tiktokUs2026.deliverBy.reference}; assumed to hold in South-East Asia`,
    assumed: true,
  },
  growth: { ...tiktokUs2026.growth, assumed: true },
  thresholds: [
    ...tiktokUs2026.thresholds,
    {
      id: 'sfcr-10',
      label: 'SFCR at or above 10 %: order-volume caps',
      labelZh: 'SFCR 达到或超过 10 %：限制订单量',
      measure: 'sfcr',
      comparison: 'gte',
      value: 0.1,
    },
  ],
  source: {
    title: 'TikTok Shop (South-East Asia) fulfilment metrics',
    reference: 'domain doc §3 (no SEA rule id given)',
    note:
      'Fulfilment metrics over 30 days; order-volume caps from SFCR ≥ 10 %. TikTok publishes no points: the 0–5 ' +
      "bands and weights are the US card's assumption. Assumed too: the US targets and 30-delivered-order " +
      'minimum hold here, and effectiveFrom 2026-01-01. Vietnam hand-over ' +
      "(orders before 14:00 reach the carrier the same working day) belongs in the orders' shipBy.",
  },
};
