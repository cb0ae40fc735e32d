import { describe, expect, it } from 'vitest';
import { stringAt } from '../../../../core/lib/string-column';
import { productOfKey } from '../../../../core/records/orders';
import { fixtureText, london, read, shanghai } from './helpers';

/** What the product-level rules see of each order: its code (商家编码 / Seller SKU) and name. */
const products = (x: ReturnType<typeof read>) =>
  x.orderIds.map((_, i) => (x.orders.product ? productOfKey(stringAt(x.orders.product, i)) : null));

describe('the product key the product-level rules count by', () => {
  it('Douyin: 商家编码 and 选购商品 of the first line reach the order records', () => {
    const x = read('douyin-orders.utf8.csv', fixtureText('douyin-orders.utf8.csv'), shanghai);
    const p = products(x);
    expect(p[0]?.name).toBe('纯棉T恤');
    // The code is the cell without the export's tab prefix, and no buyer column is in the key.
    for (const q of p) expect(q?.code).not.toMatch(/^\s|\s$/);
    expect(new Set(p.map((q) => q?.code)).size).toBe(4);
  });

  it('TikTok: Seller SKU and Product Name', () => {
    const x = read('tiktok-orders.csv', fixtureText('tiktok-orders.csv'), london);
    expect(products(x)[0]).toEqual({ code: 'TEE-BLK-M', name: 'Cotton Tee' });
  });
});
