import { describe, expect, it } from 'vitest';
import { type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { douyin202607 } from '../../../../core/scorecards/douyin-2026-07';
import { douyinProductLimits, douyinStoreLimits } from '../../../../core/scorecards/douyin-late-rules';
import { scoreAt } from '../../../../core/scorecards/engine';
import { type ProductDays, productLimitFlags, tallyProductDays } from '../../../../core/scorecards/product-limits';
import { type DayTally, storeLimitFlags } from '../../../../core/scorecards/store-limits';
import { scoreWindow } from '../../../../core/scorecards/window';
import { NOW_SH, SH, sh, times } from './helpers';

const HERO = { code: 'SKU-HERO', name: '爆款口红 Hero lipstick' };
const BASIC = { code: 'SKU-BASIC', name: '基础款 Basic tee' };

/** Orders of one product falling due at 23:59:59 China time on `day`: `onTime` shipped at noon, `late` the next morning. */
function dueOn(day: string, item: OrderRow['item'], onTime: number, late: number): OrderRow[] {
  const shipBy = sh(`${day}T23:59:59`);
  const paidAt = shipBy - 20 * 3600_000; // paid 04:00 that day
  return [
    ...times(onTime, () => ({ paidAt, shipBy, shippedAt: sh(`${day}T12:00:00`), item })),
    ...times(late, () => ({ paidAt, shipBy, shippedAt: shipBy + 10 * 3600_000, item })),
  ];
}

const ids = (flags: { id: string }[]) => flags.map((f) => f.id);

/** Local days as numbers 100, 101, … for hand-built product days. */
const days = (entries: [number, number, number][]): ProductDays => ({
  'SKU-1\u001fOne': Object.fromEntries(entries.map(([d, due, late]) => [d, { due, late }])),
});

describe('the product-level late-shipment rule (Douyin 101706 detail rule, revised 2025-09-29)', () => {
  it('a product late on three stream days within a week is banned while the shop rate stays low', () => {
    // Stream days 14, 16 and 18 November (within the 7 days 14–20 ending now, 20 Nov 10:00 China time).
    // Each day the hero product has 40 due, 12 late: 12 ÷ 40 = 30 % > 25 %, and 12 ≥ 10 late → a counting day.
    // The basic tee ships 500 on time each day, so the shop's day is 12 late of 540 due = 2.2 %.
    const rows = ['2026-11-14', '2026-11-16', '2026-11-18'].flatMap((d) => [
      ...dueOn(d, HERO, 28, 12),
      ...dueOn(d, BASIC, 500, 0),
    ]);
    const result = scoreAt(douyin202607, ordersFromRows(rows), NOW_SH, SH);
    const banned = result.flags.filter((f) => f.product);
    expect(banned).toEqual([
      {
        id: 'product-late-25-3x7d:SKU-HERO',
        label: douyinProductLimits[0].label,
        labelZh: douyinProductLimits[0].labelZh,
        product: HERO,
      },
    ]);
    // The shop-level caps: 12 late < 200 and 2.2 % < 30 %: none crossed.
    const shop = new Map<number, DayTally>([
      [1, { due: 540, late: 12 }],
      [3, { due: 540, late: 12 }],
      [5, { due: 540, late: 12 }],
    ]);
    expect(storeLimitFlags(douyinStoreLimits, shop)).toEqual([]);
  });

  it('two counting days, or three outside the last 7 days, ban nothing', () => {
    // Only 16 and 18 Nov count (2 < 3 times).
    const two = ['2026-11-16', '2026-11-18'].flatMap((d) => dueOn(d, HERO, 28, 12));
    expect(scoreAt(douyin202607, ordersFromRows(two), NOW_SH, SH).flags.filter((f) => f.product)).toEqual([]);
    // 12 Nov falls before the 7 days 14–20 Nov: 2 counting days in them.
    const old = ['2026-11-12', '2026-11-16', '2026-11-18'].flatMap((d) => dueOn(d, HERO, 28, 12));
    expect(scoreAt(douyin202607, ordersFromRows(old), NOW_SH, SH).flags.filter((f) => f.product)).toEqual([]);
  });

  it('the rate is exclusive and the 7 days are consecutive local days', () => {
    // 40 due, 10 late = exactly 25 %: not above 25 % → none.
    expect(
      productLimitFlags(
        douyinProductLimits,
        days([
          [100, 40, 10],
          [101, 40, 10],
          [102, 40, 10],
        ]),
      ),
    ).toEqual([]);
    // 40 due, 11 late = 27.5 % on days 100, 103, 106: 106 − 100 = 6 → all within 7 days → crossed.
    const within = days([
      [100, 40, 11],
      [103, 40, 11],
      [106, 40, 11],
    ]);
    expect(ids(productLimitFlags(douyinProductLimits, within))).toEqual(['product-late-25-3x7d:SKU-1']);
    // Days 100, 103, 107: 107 − 100 = 7 → 8 days apart, no 7 days hold three → none.
    const spread = days([
      [100, 40, 11],
      [103, 40, 11],
      [107, 40, 11],
    ]);
    expect(productLimitFlags(douyinProductLimits, spread)).toEqual([]);
  });

  it('above 80 % with more than 3 late orders, three times in 7 days: the 7-day ban', () => {
    // 5 due, 4 late = 80 %: not above 80 % → none. 5 due, 5 late = 100 % > 80 %, 5 > 3 → counts;
    // 5 late < 10, so the 25 % rule does not count it.
    const at80 = days([
      [100, 5, 4],
      [102, 5, 4],
      [104, 5, 4],
    ]);
    expect(productLimitFlags(douyinProductLimits, at80)).toEqual([]);
    const all = days([
      [100, 5, 5],
      [102, 5, 5],
      [104, 5, 5],
    ]);
    expect(ids(productLimitFlags(douyinProductLimits, all))).toEqual(['product-late-80-3x7d:SKU-1']);
    // 4 due, 4 late: 100 % with 4 > 3 late → counts; 3 due, 3 late: 3 is not more than 3 → none.
    const four = days([
      [100, 4, 4],
      [101, 4, 4],
      [102, 4, 4],
    ]);
    expect(ids(productLimitFlags(douyinProductLimits, four))).toEqual(['product-late-80-3x7d:SKU-1']);
    const three = days([
      [100, 3, 3],
      [101, 3, 3],
      [102, 3, 3],
    ]);
    expect(productLimitFlags(douyinProductLimits, three)).toEqual([]);
  });

  it('one day above 60 % with at least 500 late orders bans the product', () => {
    // 800 due, 500 late = 62.5 % > 60 % and 500 ≥ 500 → banned (one day, also > 25 % with ≥ 10 but only once).
    const flags = productLimitFlags(douyinProductLimits, days([[100, 800, 500]]));
    expect(flags).toEqual([
      {
        id: 'product-late-60-500:SKU-1',
        label: douyinProductLimits[2].label,
        labelZh: douyinProductLimits[2].labelZh,
        product: { code: 'SKU-1', name: 'One' },
      },
    ]);
    // 800 due, 499 late = 62.4 % but 499 < 500 → none; 1,000 due, 600 late = 60 % exactly → none.
    expect(productLimitFlags(douyinProductLimits, days([[100, 800, 499]]))).toEqual([]);
    expect(productLimitFlags(douyinProductLimits, days([[100, 1000, 600]]))).toEqual([]);
  });

  it('counts an order due on the China day of its deadline, late when unscanned past it, not yet when not due', () => {
    const shipBy = sh('2026-11-19T23:59:59');
    const item = HERO;
    const o = ordersFromRows([
      { paidAt: shipBy - 3600_000, shipBy, shippedAt: shipBy - 60_000, item }, // on time
      { paidAt: shipBy - 3600_000, shipBy, item }, // never scanned, deadline passed → late
      { paidAt: shipBy - 3600_000, shipBy, cancelledAt: shipBy - 60_000, cancelledBy: 1, item }, // cancelled first: not due
      { paidAt: NOW_SH - 3600_000, shipBy: sh('2026-11-20T23:59:59'), item }, // due tonight: not judged yet
      { paidAt: shipBy - 3600_000, shipBy, shippedAt: shipBy + 1000 }, // no product: not counted
    ]);
    const t = tallyProductDays(scoreWindow(o, 30, NOW_SH, SH), douyin202607);
    // 19 Nov in China time is day 20,776 since 1970 (Date.UTC(2026, 10, 19) ÷ 86,400,000).
    expect(t).toEqual({
      'SKU-HERO\u001f爆款口红 Hero lipstick': { [Date.UTC(2026, 10, 19) / 86_400_000]: { due: 2, late: 1 } },
    });
  });

  it('a history without the product column judges no product', () => {
    const rows = ['2026-11-14', '2026-11-16', '2026-11-18'].flatMap((d) => dueOn(d, undefined, 28, 12));
    expect(scoreAt(douyin202607, ordersFromRows(rows), NOW_SH, SH).flags.filter((f) => f.product)).toEqual([]);
  });
});
