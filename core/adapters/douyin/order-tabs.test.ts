// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { douyinOrderTabs } from './order-tabs';

// Reconstructions of 抖店's 订单管理 page (fixtures/PROVENANCE.md). happy-dom replaces the global URL, so
// file paths are built with node:path.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const load = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(join(dir, name), 'utf8'), 'text/html');

describe('抖店 订单管理 tabs: which pages', () => {
  it('matches the order-management pages on fxg only', () => {
    expect(douyinOrderTabs.matches(new URL('https://fxg.jinritemai.com/ffa/morder/order/list'), document)).toBe(true);
    for (const href of [
      'https://fxg.jinritemai.com/ffa/buyin/dashboard/live/control', // the live desk: douyinAdapter's
      'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
      'http://fxg.jinritemai.com/ffa/morder/order/list',
      'https://fxg.jinritemai.com.evil.example/ffa/morder/order/list',
    ]) {
      expect(douyinOrderTabs.matches(new URL(href), document), href).toBe(false);
    }
    expect(douyinOrderTabs.verified).toBe(false);
  });
});

describe('抖店 订单管理 tabs: the counts a seller reads off the page', () => {
  it('reads 待发货（1,116） and 待揽收（312） in full-width parentheses, not the to-do tile or the list', () => {
    expect(douyinOrderTabs.readStages(load('morder-fullwidth.html'))).toEqual({ pickPack: 1116, shipTransport: 312 });
  });

  it('reads no carrier stage from 已发货: shipped there means a tracking number, not a scan', () => {
    expect(douyinOrderTabs.readStages(load('morder-shipped-only.html'))).toEqual({ pickPack: 1116 });
  });

  it('reads counts in badge elements, 已发货待揽收 as waiting for the carrier', () => {
    expect(douyinOrderTabs.readStages(load('morder-badge.html'))).toEqual({ pickPack: 1116, shipTransport: 312 });
  });

  it('reads nothing while the tabs have no counts yet', () => {
    expect(douyinOrderTabs.readStages(load('morder-loading.html'))).toBeNull();
  });
});
