import type { Scorecard } from './schema';

/**
 * Douyin's late-shipment limits (rule 101706, revised 2025-09-29): they apply whatever the score card, so
 * every Douyin card carries them. A day's late rate is late orders ÷ orders due that day, per local day in
 * China time (the card's rule clock).
 */
const detailRule = {
  title: '【商家-发货超时】实施细则 (late-shipment detail rule, linked from rule 101706)',
  reference: 'school.jinritemai.com/doudian/web/rules/101706 (发货超时 实施细则); domain notes §2.4',
  revised: '2025-09-29',
  checked: '2026-12',
};

/** Store-level order caps for 7 days, from the 2025-09 text of the detail rule. */
export const douyinStoreLimits: Scorecard['storeLimits'] = [
  {
    id: 'late-30-one-day',
    label: 'Late rate ≥ 30 % with ≥ 200 late orders in a day: new orders capped at 0 a day for 7 days',
    labelZh: '单日延迟发货率 ≥ 30 % 且延迟发货 ≥ 200 单：7 天内每日新订单上限为 0',
    minLateRate: 0.3,
    minLateOrders: 200,
    days: 1,
  },
  {
    id: 'late-40-two-days',
    label: 'Late rate ≥ 40 % with ≥ 200 late orders two days running: new orders capped at 100 a day for 7 days',
    labelZh: '连续两天延迟发货率 ≥ 40 % 且延迟发货 ≥ 200 单：7 天内每日新订单上限为 100',
    minLateRate: 0.4,
    minLateOrders: 200,
    days: 2,
  },
];

/** Product-level sale bans: one hero product of a stream can trigger them while the shop's rate looks fine. */
export const douyinProductLimits: Scorecard['productLimits'] = [
  {
    id: 'product-late-25-3x7d',
    label: 'Product late rate above 25 % with at least 10 late orders on 3 days within 7: banned from sale for 3 days',
    labelZh: '商品单日延迟发货率 > 25 % 且延迟发货 ≥ 10 单，7 天内累计 3 次：商品禁售 3 天',
    minLateRate: 0.25,
    minLateOrders: 10,
    times: 3,
    withinDays: 7,
    consequence: 'The product is banned from sale for 3 days and its payments are frozen',
    source: detailRule,
  },
  {
    id: 'product-late-80-3x7d',
    label: 'Product late rate above 80 % with more than 3 late orders on 3 days within 7: banned from sale for 7 days',
    labelZh: '商品单日延迟发货率 > 80 % 且延迟发货 > 3 单，7 天内累计 3 次：商品禁售 7 天',
    minLateRate: 0.8,
    // "more than 3" late orders: at least 4.
    minLateOrders: 4,
    times: 3,
    withinDays: 7,
    consequence: 'The product is banned from sale for 7 days, sales are limited and all payments frozen',
    source: detailRule,
  },
  {
    id: 'product-late-60-500',
    label: 'Product late rate above 60 % with at least 500 late orders in one day: banned from sale',
    labelZh: '商品单日延迟发货率 > 60 % 且延迟发货 ≥ 500 单：商品禁售',
    minLateRate: 0.6,
    minLateOrders: 500,
    times: 1,
    withinDays: 1,
    consequence: 'The product is banned from sale',
    source: detailRule,
  },
];
