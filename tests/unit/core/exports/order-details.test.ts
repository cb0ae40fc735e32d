import { describe, expect, it } from 'vitest';
import { PRODUCT_CHARS } from '../../../../core/exports/values';
import { stringAt } from '../../../../core/lib/string-column';
import { at, csv, fixtureText, london, read, shanghai, table } from './helpers';

const NaN_ = Number.NaN;

/** The columns added for issue #5 of one order, as plain values. */
function details(x: ReturnType<typeof read>, i: number) {
  return {
    createdAt: x.orders.createdAt[i],
    rtsAt: x.orders.rtsAt[i],
    quantity: x.meta.quantity[i],
    product: stringAt(x.meta.product, i),
    promise: stringAt(x.meta.promise, i),
    region: stringAt(x.meta.region, i),
  };
}

describe('created and ready-to-ship times, product, promise and region', () => {
  it('TikTok: reads Created Time, RTS Time, Product Name, Delivery Option and State', () => {
    const x = read('tiktok-orders.csv', fixtureText('tiktok-orders.csv'), london);
    expect(x.orderIds.map((_, i) => details(x, i))).toEqual([
      {
        createdAt: at('2026-11-24T19:58:10Z'),
        rtsAt: at('2026-11-25T09:12:00Z'),
        quantity: 3, // 1 + 2 over its two SKU lines
        product: 'Cotton Tee',
        promise: 'Standard shipping',
        region: '', // "West Yorkshire", a UK county: not a province or US state
      },
      {
        createdAt: at('2026-11-25T08:01:00Z'),
        rtsAt: at('2026-11-25T15:00:00Z'),
        quantity: 2,
        product: 'Wool Socks, 3 pack', // the first line's; the second is a Knit Beanie
        promise: 'Standard shipping',
        region: '',
      },
      {
        createdAt: at('2026-11-24T21:14:30Z'),
        rtsAt: NaN_, // cancelled before it was ready to ship
        quantity: 1,
        product: 'Silk Scarf',
        promise: 'Standard shipping',
        region: '',
      },
      {
        createdAt: at('2026-11-25T10:00:00Z'),
        rtsAt: at('2026-11-25T12:00:00Z'),
        quantity: 1,
        product: 'Logo Keyring (gift)',
        promise: 'Standard shipping',
        region: '', // "Scotland"
      },
    ]);
    // Three products, one promise: each string is stored once, '' first.
    expect(x.meta.product.values).toEqual([
      '',
      'Cotton Tee',
      'Wool Socks, 3 pack',
      'Silk Scarf',
      'Logo Keyring (gift)',
    ]);
    expect(x.meta.promise.values).toEqual(['', 'Standard shipping']);
  });

  it('TikTok US: a state by name or USPS code is kept under its name; a city in the State column is not', () => {
    const rows = table(fixtureText('tiktok-orders.csv'));
    const state = rows[0].indexOf('State');
    const states = ['CA', 'CA', ' new  york ', 'new york', 'Los Angeles', 'TX'];
    const us = rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === state ? states[i - 1] : c))));
    const x = read('us.csv', csv(us), london);
    expect(x.orderIds.map((_, i) => stringAt(x.meta.region, i))).toEqual(['California', 'New York', '', 'Texas']);
    expect(JSON.stringify(x)).not.toContain('Los Angeles');
  });

  it('a long product name is cut to 64 whole characters; an empty one falls back to the seller SKU', () => {
    const rows = table(fixtureText('tiktok-orders.csv'));
    const name = rows[0].indexOf('Product Name');
    const long = `${'🧦'.repeat(40)}${'x'.repeat(40)}`; // 80 characters, 40 of them two UTF-16 units each
    const edited = rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j !== name ? c : i === 1 ? long : ''))));
    const x = read('products.csv', csv(edited), london);
    expect(PRODUCT_CHARS).toBe(64);
    // 40 socks and then 24 x's: 64 characters, no sock cut in half.
    expect(stringAt(x.meta.product, 0)).toBe(`${'🧦'.repeat(40)}${'x'.repeat(24)}`);
    expect(stringAt(x.meta.product, 1)).toBe('SOCK-3PK'); // its first line's Seller SKU
  });

  it('TikTok: a Created Time that is not a time rejects the row, naming the column', () => {
    const rows = table(fixtureText('tiktok-orders.csv'));
    const created = rows[0].indexOf('Created Time');
    const edited = rows.map((r, i) => (i === 5 ? r.map((c, j) => (j === created ? 'yesterday' : c)) : r));
    const x = read('bad.csv', csv(edited), london);
    // Record 5 (order …0103) starts on line 8: header 1, …0101 on lines 2 and 3, and …0102's two records
    // on lines 4–5 and 6–7, as each has a two-line Buyer Message.
    expect(x.rejected).toEqual([
      { row: 8, field: 'Created Time', reason: 'not a date and time like DD/MM/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS' },
    ]);
  });

  it('Douyin: reads 订单提交时间, 选购商品 and 省; the export has no ready-to-ship time or promise', () => {
    const x = read('douyin-orders.utf8.csv', fixtureText('douyin-orders.utf8.csv'), shanghai);
    expect(details(x, 0)).toEqual({
      createdAt: at('2026-11-24T19:58:10+08:00'),
      rtsAt: NaN_,
      quantity: 3,
      product: '纯棉T恤',
      promise: '',
      region: '浙江省',
    });
    expect(x.orderIds.map((_, i) => stringAt(x.meta.product, i))).toEqual([
      '纯棉T恤',
      '羊毛袜三双装',
      '真丝围巾',
      '钥匙扣（赠品）',
    ]);
  });

  it('an export without those columns still reads, with the times NaN and the strings unknown', () => {
    const header = [
      '主订单编号',
      '商品数量',
      '订单应付金额',
      '支付完成时间',
      '发货时间',
      '订单完成时间',
      '订单状态',
      '取消原因',
    ];
    const row = ['6917591234567890999', '2', '10.00', '2026-11-24 20:00:00', '', '', '待发货', ''];
    const x = read('short.csv', csv([header, row]), shanghai);
    expect(details(x, 0)).toEqual({ createdAt: NaN_, rtsAt: NaN_, quantity: 2, product: '', promise: '', region: '' });
  });
});
