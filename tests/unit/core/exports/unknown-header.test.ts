import { describe, expect, it } from 'vitest';
import { readOrderExport } from '../../../../core/exports/read';
import { fixtureText, london, table } from './helpers';

const error = (name: string, text: string) => {
  const r = readOrderExport({ name, text }, london);
  if (r.ok) throw new Error('expected a failure');
  return r.error.message;
};

describe('a header the reader does not know fails once, saying what it found', () => {
  it('Thai column names: one error naming the file, the headers found and those expected', () => {
    // Reconstruction, unverified: no public sample of a TikTok export with localized headers (VARIANTS.md).
    const message = error('tiktok-headers-th.csv', fixtureText('tiktok-headers-th.csv'));
    expect(message).toBe(
      'tiktok-headers-th.csv: not a TikTok Shop or Douyin order export: none of its 8 columns is "Order ID" or ' +
        '"主订单编号". Headers found: "หมายเลขคำสั่งซื้อ", "สถานะคำสั่งซื้อ", "จำนวน", "ยอดรวมคำสั่งซื้อ", ' +
        '"เวลาที่ชำระเงิน", "เวลาจัดส่ง", "ชื่อผู้รับ", "หมายเลขโทรศัพท์". Looked for the columns — ' +
        'TikTok Shop Seller Center: Order ID, Quantity, Order Amount, Paid Time, Shipped Time, Delivered Time, ' +
        'Cancelled Time, Cancel By; Douyin 抖店: 主订单编号, 商品数量, 订单应付金额, 支付完成时间, 发货时间, ' +
        "订单完成时间, 订单状态, 取消原因. This reader knows TikTok Shop's English column names and Douyin's Chinese ones.",
    );
    expect(message).not.toContain('Test Buyer Nine'); // the data row is never quoted
  });

  it('a file exported without its header line quotes none of its first row', () => {
    const [, ...rows] = table(fixtureText('tiktok-orders.csv'));
    const message = error('no-header.csv', rows.map((r) => r.join(',')).join('\r\n'));
    expect(message).toBe(
      'no-header.csv: not a TikTok Shop or Douyin order export: its first line holds an order id, ' +
        'so it has no header line (export it with the column names)',
    );
  });

  it('header cells that look like data (five digits, an @) are not echoed, and a long header list is cut', () => {
    const header = ['Name', 'ada@example.com', '07700900123', ...Array.from({ length: 20 }, (_, i) => `Col ${i}`)];
    const message = error('contacts.csv', `${header.join(',')}\r\n`);
    expect(message).toContain('Headers found: "Name", (a value), (a value), "Col 0", ');
    expect(message).toContain('"Col 16", and 3 more.'); // 23 cells, the first 20 shown
    expect(message).not.toMatch(/ada@|07700900123/);
  });

  it('a TikTok header missing several required columns names them all at once', () => {
    expect(error('tt.csv', 'Order ID,Quantity,Order Amount,Shipped Time,Delivered Time,Cancelled Time\r\n')).toBe(
      'tt.csv: a TikTok Shop Seller Center export needs the columns "Paid Time", "Cancel By", which are missing',
    );
  });
});
