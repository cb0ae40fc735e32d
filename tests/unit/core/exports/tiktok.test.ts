import { describe, expect, it } from 'vitest';
import { CancelledBy, OrderFlag } from '../../../../core/records/orders';
import { allOrders, at, csv, fixtureText, london, order, read, table } from './helpers';

const NaN_ = Number.NaN;
const text = fixtureText('tiktok-orders.csv');

describe('TikTok Shop Seller Center export', () => {
  const x = read('tiktok-orders.csv', text, london);

  it('is recognised and gives one row per order, in first-seen order', () => {
    expect(x.format).toBe('tiktok');
    expect(x.rows).toBe(6); // six SKU lines
    expect(x.orders.length).toBe(4);
    // Seller Center's trailing "\t" is gone from the ids.
    expect(x.orderIds).toEqual([
      '576461234567890101',
      '576461234567890102',
      '576461234567890103',
      '576461234567890104',
    ]);
    expect(x.rejected).toEqual([]);
  });

  it('maps every column it reads (London is on GMT in November, so local = UTC)', () => {
    expect(allOrders(x)).toEqual([
      {
        id: '576461234567890101',
        paidAt: at('2026-11-24T19:58:31Z'),
        shippedAt: at('2026-11-25T16:40:05Z'),
        deliveredAt: at('2026-11-27T13:02:44Z'),
        cancelledAt: NaN_,
        cancelledBy: CancelledBy.none,
        flags: 0,
        deliverBy: NaN_,
        shipBy: NaN_,
        carrier: 'Evri',
        liveRoomId: '',
        quantity: 3, // 1 + 2 over its two SKU lines
        amountFen: 4497, // Order Amount is the order's, repeated on each line: not summed
      },
      {
        id: '576461234567890102',
        paidAt: at('2026-11-25T08:01:45Z'),
        shippedAt: at('2026-11-26T11:05:00Z'),
        deliveredAt: NaN_, // in transit
        cancelledAt: NaN_,
        cancelledBy: CancelledBy.none,
        flags: 0,
        deliverBy: NaN_,
        shipBy: NaN_,
        carrier: 'Royal Mail',
        liveRoomId: '',
        quantity: 2,
        amountFen: 3000,
      },
      {
        id: '576461234567890103',
        paidAt: at('2026-11-24T21:15:00Z'),
        shippedAt: NaN_,
        deliveredAt: NaN_,
        cancelledAt: at('2026-11-24T21:40:12Z'),
        cancelledBy: CancelledBy.buyer,
        flags: 0,
        deliverBy: NaN_,
        shipBy: NaN_,
        carrier: '',
        liveRoomId: '',
        quantity: 1,
        amountFen: 1299,
      },
      {
        id: '576461234567890104',
        paidAt: at('2026-11-25T10:00:00Z'),
        shippedAt: at('2026-11-25T17:30:00Z'),
        deliveredAt: at('2026-11-28T09:45:00Z'),
        cancelledAt: NaN_,
        cancelledBy: CancelledBy.none,
        flags: OrderFlag.excluded, // Order Amount 0: a gift
        deliverBy: NaN_,
        shipBy: NaN_,
        carrier: 'Evri',
        liveRoomId: '',
        quantity: 1,
        amountFen: 0,
      },
    ]);
  });

  it('sizes every column to the order count', () => {
    const o = x.orders;
    for (const a of [
      o.paidAt,
      o.shippedAt,
      o.deliveredAt,
      o.deliverBy,
      o.shipBy,
      o.cancelledAt,
      o.cancelledBy,
      o.flags,
    ]) {
      expect(a.length).toBe(4);
    }
    expect([x.meta.quantity.length, x.meta.amountFen.length, x.meta.carrier.length, x.meta.liveRoomId.length]).toEqual([
      4, 4, 4, 4,
    ]);
  });

  it.each([
    ['Buyer', CancelledBy.buyer],
    ['User', CancelledBy.buyer],
    ['Seller', CancelledBy.seller],
    ['SYSTEM', CancelledBy.system],
    ['Platform', CancelledBy.platform],
  ])('reads Cancel By %j', (by, code) => {
    const t = csv([
      [
        'Order ID',
        'Quantity',
        'Order Amount',
        'Paid Time',
        'Shipped Time',
        'Delivered Time',
        'Cancelled Time',
        'Cancel By',
      ],
      ['576461234567890199', '1', '5.00', '01/12/2026 10:00:00', '', '', '01/12/2026 11:00:00', by],
    ]);
    expect(order(read('c.csv', t, london), 0).cancelledBy).toBe(code);
  });
});

describe('TikTok date forms', () => {
  const oneRow = (paid: string) =>
    csv([
      [
        'Order ID',
        'Quantity',
        'Order Amount',
        'Paid Time',
        'Shipped Time',
        'Delivered Time',
        'Cancelled Time',
        'Cancel By',
      ],
      ['576461234567890199', '1', '5.00', paid, '', '', '', ''],
    ]);

  it.each([
    ['03/04/2026 09:15:30', {}, '2026-04-03T09:15:30+01:00'], // day first by default; London on BST in April
    ['03/04/2026 09:15:30', { slashDates: 'MDY' as const }, '2026-03-04T09:15:30Z'], // US order when told
    ['2026-04-03 09:15:30', {}, '2026-04-03T09:15:30+01:00'], // ISO whatever the option
    ['2026-04-03 09:15:30', { slashDates: 'MDY' as const }, '2026-04-03T09:15:30+01:00'],
    ['3/4/2026 9:15', {}, '2026-04-03T09:15:00+01:00'], // no leading zeros, no seconds
  ])('reads %j with %j', (paid, extra, iso) => {
    expect(order(read('d.csv', oneRow(paid), { ...london, ...extra }), 0).paidAt).toBe(at(iso));
  });

  it('refuses a day-first date read as month-first when the month would be 25', () => {
    const x = read('d.csv', oneRow('25/11/2026 10:00:00'), { ...london, slashDates: 'MDY' });
    expect(x.orders.length).toBe(0);
    expect(x.rejected).toEqual([
      { row: 2, field: 'Paid Time', reason: 'not a date and time like MM/DD/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS' },
    ]);
  });
});

describe('TikTok columns by name', () => {
  it('reads a file whose columns are reordered and with extra columns exactly like the original', () => {
    const rows = table(text);
    const order_ = [...rows[0].keys()].reverse();
    const reordered = rows.map((r, i) => [
      ...order_.map((j) => r[j]),
      i === 0 ? 'Added Later' : 'x',
      i === 0 ? 'Notes' : '',
    ]);
    expect(read('r.csv', csv(reordered), london)).toEqual(read('tiktok-orders.csv', text, london));
  });

  it('matches headers without regard to case or surrounding spaces', () => {
    const rows = table(text);
    rows[0] = rows[0].map((h) => ` ${h.toUpperCase()}  `);
    expect(read('u.csv', csv(rows), london).orderIds).toHaveLength(4);
  });

  it('merges an order whose lines are not next to each other', () => {
    const rows = table(text);
    const moved = [rows[0], rows[1], rows[3], rows[5], rows[2], rows[4], rows[6]]; // 0101, 0102, 0103, 0101, 0102, 0104
    const x = read('m.csv', csv(moved), london);
    expect(x.orderIds).toEqual([
      '576461234567890101',
      '576461234567890102',
      '576461234567890103',
      '576461234567890104',
    ]);
    expect([...x.meta.quantity]).toEqual([3, 2, 1, 1]);
  });

  it('takes the LAST line shipped and delivered, the first paid, when lines disagree', () => {
    const t = csv([
      [
        'Order ID',
        'Quantity',
        'Order Amount',
        'Paid Time',
        'Shipped Time',
        'Delivered Time',
        'Cancelled Time',
        'Cancel By',
      ],
      ['576461234567890199', '1', '5.00', '01/12/2026 10:00:00', '02/12/2026 15:00:00', '', '', ''],
      ['576461234567890199', '1', '5.00', '', '01/12/2026 18:00:00', '04/12/2026 12:00:00', '', ''],
      ['576461234567890199', '1', '5.00', '', '', '03/12/2026 12:00:00', '', ''],
    ]);
    expect(order(read('s.csv', t, london), 0)).toMatchObject({
      paidAt: at('2026-12-01T10:00:00Z'),
      shippedAt: at('2026-12-02T15:00:00Z'),
      deliveredAt: at('2026-12-04T12:00:00Z'),
      quantity: 3,
      amountFen: 500,
    });
  });
});
