import { describe, expect, it } from 'vitest';
import { readOrderExport } from '../../../../core/exports/read';
import { csv, london, read, shanghai } from './helpers';

const HEADER =
  'Order ID,Quantity,Order Amount,Paid Time,Shipped Time,Delivered Time,Cancelled Time,Cancel By,Buyer Message';

describe('bad rows are reported and skipped; the rest imports', () => {
  // Line numbers as a text editor shows them, the header being line 1. Line 4's message holds a line
  // break, so the record on line 4 ends on line 5; line 7 is blank.
  const text = [
    HEADER, //                                                                        line 1
    '576461234567890201,1,10.00,01/12/2026 10:00:00,,,,,fine', //                     line 2
    '576461234567890202,1,10.00,31/11/2026 10:00:00,,,,,no 31 November', //          line 3
    ',1,10.00,01/12/2026 10:00:00,,,,,"no order id,', //                              line 4
    'and a message on two lines"', //                                                 line 5
    '576461234567890203,-2,10.00,01/12/2026 10:00:00,,,,,negative quantity', //       line 6
    '', //                                                                            line 7
    '576461234567890204,1,10.00,01/12/2026 10:00:00,02/12/2026 25:00:00,,,,hour 25', // line 8
    '576461234567890205,1,,01/12/2026 10:00:00,,,,,no amount', //                    line 9
    '576461234567890206,1,10.00,01/12/2026 10:00:00,,,,Courier,unknown canceller', // line 10
    '576461234567890207,1,10.00,01/12/2026 10:00:00,,,,,a field,too many', //         line 11
    '12345,1,10.00,01/12/2026 10:00:00,,,,,short id', //                              line 12
    ',,,,,,,,', //                                                                    line 13 (filler)
    '576461234567890208,1,10.00,01/12/2026 10:00:00,,,,,fine', //                     line 14
    '576461234567890209,1,10.00,"01/12/2026 10:00:00,,,,,unterminated quote', //     line 15
  ].join('\r\n');
  const x = read('bad.csv', text, london);

  it('lists each bad row with its line, its column and why', () => {
    expect(x.rejected).toEqual([
      { row: 3, field: 'Paid Time', reason: 'not a date and time like DD/MM/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS' },
      { row: 4, field: 'Order ID', reason: 'no order id' },
      { row: 6, field: 'Quantity', reason: 'not a whole number of items from 0 up' },
      { row: 8, field: 'Shipped Time', reason: 'not a date and time like DD/MM/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS' },
      { row: 9, field: 'Order Amount', reason: 'not an amount like 12.34 (0 for a gift)' },
      { row: 10, field: 'Cancel By', reason: 'not one of Buyer, Seller, System, Platform' },
      { row: 11, field: '(row)', reason: '10 fields where the header has 9' },
      { row: 12, field: 'Order ID', reason: 'not an order id (16–24 digits)' },
      { row: 15, field: '(row)', reason: 'Quoted field unterminated' },
    ]);
  });

  it('imports the good rows and counts every data row but the blank and filler lines', () => {
    expect(x.orderIds).toEqual(['576461234567890201', '576461234567890208']);
    expect(x.rows).toBe(11); // lines 2, 3, 4–5, 6, 8, 9, 10, 11, 12, 14, 15
  });

  it.each([
    ['LF', '\n'],
    ['CR', '\r'], // classic Mac Excel
  ])('numbers lines the same with %s line ends', (_, end) => {
    expect(read('bad.csv', text.replace(/\r\n/g, end), london).rejected.map((r) => r.row)).toEqual([
      3, 4, 6, 8, 9, 10, 11, 12, 15,
    ]);
  });

  it('lists the first 1000 rejections and sums up the rest', () => {
    const rows = [HEADER.split(',')];
    for (let i = 0; i < 1005; i++) rows.push(['', '1', '1.00', '', '', '', '', '', '']);
    const many = read('many.csv', csv(rows), london);
    expect(many.rows).toBe(1005);
    expect(many.rejected).toHaveLength(1001);
    expect(many.rejected[999].row).toBe(1001); // line 1001 holds the 1000th data row
    expect(many.rejected[1000]).toEqual({
      row: 1002,
      field: '(file)',
      reason: 'this row and 4 after it were rejected too',
    });
  });
});

describe('file-level problems fail the whole file, naming it', () => {
  const error = (text: string, name = 'orders.csv', opts = london) => {
    const r = readOrderExport({ name, text }, opts);
    if (r.ok) throw new Error('expected a failure');
    expect(r.error.code).toBe('invalid-message');
    return r.error.message;
  };

  it.each(['', '\uFEFF', ' \r\n\r\n', '\r\n,,,\r\n'])('an empty file %j', (text) => {
    expect(error(text)).toMatch(/^orders\.csv: the file is empty$/);
  });

  it('an unknown header lists what it looked for and quotes none of the file', () => {
    const message = error('Name,Phone,Address\r\nMargaret Thornbury,07700900123,14 Otley Road\r\n', 'contacts.csv');
    expect(message).toContain('contacts.csv: not a TikTok Shop or Douyin order export');
    expect(message).toContain('none of its 3 columns is "Order ID" or "主订单编号"');
    expect(message).toContain('TikTok Shop Seller Center: Order ID, Quantity, Order Amount, Paid Time');
    expect(message).toContain('Douyin 抖店: 主订单编号, 商品数量, 订单应付金额, 支付完成时间');
    expect(message).not.toMatch(/Margaret|07700900123|Otley/);
  });

  it('a missing required column names it', () => {
    expect(error(HEADER.replace(',Paid Time', ''), 'tt.csv')).toBe(
      'tt.csv: a TikTok Shop Seller Center export needs the column "Paid Time", which is missing',
    );
    expect(
      error('主订单编号,商品数量,订单应付金额,支付完成时间,发货时间,订单完成时间,取消原因', 'dy.csv', shanghai),
    ).toBe('dy.csv: a Douyin 抖店 export needs the column "订单状态", which is missing');
  });

  it('a column that appears twice is ambiguous', () => {
    expect(error(`${HEADER},Quantity`)).toBe('orders.csv: the column "Quantity" appears 2 times');
  });

  it('an unknown time zone', () => {
    expect(error(HEADER, 'orders.csv', { timeZone: 'Mars/Olympus' })).toBe(
      'orders.csv: unknown time zone "Mars/Olympus"',
    );
  });

  it('a header that cannot be split', () => {
    expect(error('"Order ID,Quantity\r\n1,2')).toBe(
      'orders.csv: the header on line 1 cannot be read: Quoted field unterminated',
    );
  });

  it('a header without rows is an empty import, not an error', () => {
    const x = read('header-only.csv', `${HEADER}\r\n`, london);
    expect([x.rows, x.orders.length, x.rejected.length]).toEqual([0, 0, 0]);
  });
});
