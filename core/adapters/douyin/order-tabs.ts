import type { StageAdapter } from '../adapter';
import { stagesOf, tabCounter } from '../tab-counts';

/**
 * 抖店's 订单管理 (issue #15): the status tabs 待发货 (paid, not yet shipped: pickPack) and, where the page
 * shows it, 待揽收 / 已发货待揽收 (labelled, waiting for the carrier's scan: shipTransport). 已发货 is never
 * read: 抖店 marks an order shipped once its tracking number is uploaded, before the carrier's scan, so it
 * says nothing about the parcels still waiting. Address and markup: reconstruction, unverified
 * (fixtures/PROVENANCE.md). Test URL: https://fxg.jinritemai.com/ffa/morder/order/list
 */
/** Its pages as match patterns: the content script loads the stage watch only there (content/capture/stage-kit.ts). */
export const DOUYIN_ORDER_PAGES = ['https://fxg.jinritemai.com/ffa/morder*'];

export const douyinOrderTabs: StageAdapter = {
  id: 'douyin-orders',
  label: '抖店 订单管理',
  hosts: DOUYIN_ORDER_PAGES,
  matches: (url) =>
    url.protocol === 'https:' && url.hostname === 'fxg.jinritemai.com' && url.pathname.startsWith('/ffa/morder'),
  readStages: (doc) => {
    const count = tabCounter(doc);
    return stagesOf({ pickPack: count(['待发货']), shipTransport: count(['已发货待揽收', '待揽收']) });
  },
  verified: false,
};
