import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { localBadgeTitle } from '../../../background/toolbar-badge';
import { substitute } from '../../../components/i18n';
import type { Estimate } from '../../../core/outlook/estimate';
import en from '../../../public/_locales/en/messages.json';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { QUOTA_ENGLISH, QUOTA_KEYS, quotaMessage } from '../../../storage/history/quota';

/** The toolbar title and the full-disk message are said in the service worker's language (the browser's), at the point of display. */
const english = browser.i18n.getMessage;
const asChinese = () => {
  const messages: Record<string, { message: string }> = zh;
  browser.i18n.getMessage = ((key: string, subs?: string[]) =>
    substitute(messages[key]?.message ?? '', subs ?? [])) as never;
};
/** Without an outlook, late predicted is the plan's run over the orders paid so far (`late`). */
const estimate = (status: Estimate['status'], unshipped: number, atRisk: number, late = atRisk) =>
  ({
    status,
    unshipped,
    atRisk,
    late,
    backlogForecast: [],
    atRiskByDeadline: [],
    outlook: null,
  }) as unknown as Estimate;

describe('the toolbar title', () => {
  afterEach(() => {
    browser.i18n.getMessage = english;
  });

  it('keeps the English words in an English browser', () => {
    expect(localBadgeTitle(estimate('red', 1237, 400, 650))).toBe(
      'LES Radar — Orders at risk: 1,237 orders waiting to ship · At risk 400 · Late predicted 650',
    );
    expect(localBadgeTitle(estimate('green', 12, 0))).toBe(
      'LES Radar — On track: 12 orders waiting to ship · At risk 0 · Late predicted 0',
    );
  });

  it('speaks 简体中文 in a Chinese browser, numbers in its format', () => {
    asChinese();
    expect(localBadgeTitle(estimate('red', 1237, 400, 650))).toBe(
      'LES Radar — 订单有超时风险：待发货 1,237 单 · 延迟发货风险 400 单 · 预计延迟发货 650 单',
    );
    expect(localBadgeTitle(estimate('amber', 30, 0))).toBe(
      'LES Radar — 积压增加中：待发货 30 单 · 延迟发货风险 0 单 · 预计延迟发货 0 单',
    );
  });

  it('falls back to core’s English title when the browser has no words', () => {
    browser.i18n.getMessage = (() => '') as never;
    expect(localBadgeTitle(estimate('green', 12, 0))).toBe(
      'LES Radar — On track: 12 orders waiting to ship · At risk 0 · Late predicted 0',
    );
  });
});

describe('the full-disk message', () => {
  it('holds the same English as the catalogue, so a worker without browser.i18n says the same', () => {
    for (const key of QUOTA_KEYS) expect(QUOTA_ENGLISH[key]).toBe(en[key].message);
  });

  it('is said with the templates a page hands over', () => {
    const words = Object.fromEntries(QUOTA_KEYS.map((k) => [k, zh[k].message]));
    expect(quotaMessage({ usage: 1000 * 2 ** 20, quota: 1024 * 2 ** 20 }, 'import', 1234, words)).toBe(
      '浏览器已没有空间存放 LES Radar 的历史订单（已用 1,000 MB，共 1,024 MB）。请在设置页面缩短历史保留天数或释放磁盘空间，' +
        '然后重新导入。本批订单均未保存。此前已保存的 1,234 单会保留；再次导入同一文件只会补充其余订单。',
    );
  });
});
