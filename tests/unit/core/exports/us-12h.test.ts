import { describe, expect, it } from 'vitest';
import { detectSlashOrderInHead } from '../../../../core/exports/slash-order';
import { stringAt } from '../../../../core/lib/string-column';
import { CancelledBy } from '../../../../core/records/orders';
import { at, csv, fixture, fixtureText, order, read } from './helpers';

// Seen: domain reference §5 ("US exports print 12-hour times") and public code importing TikTok Shop CSVs
// that parses "12/15/2025 9:30:33 AM"; the fixture is hand-built (tests/fixtures/exports/VARIANTS.md).
const LA = { timeZone: 'America/Los_Angeles' };
const text = fixtureText('tiktok-us-12h.csv');

describe('TikTok US export with 12-hour AM/PM times', () => {
  it('is told month-first from its own rows, exactly as the import page and the replay tell it', () => {
    const bytes = fixture('tiktok-us-12h.csv');
    // Every day of row 1 is 01–03 but its Delivered Time, 03/13: 13 can only be the day, so month first.
    expect(detectSlashOrderInHead(bytes, bytes.length)).toEqual({
      order: 'MDY',
      row: 1,
      column: 'Delivered Time',
      text: '03/13/2026 12:30:00 PM',
    });
  });

  it('reads every order, PM, one-digit hours and midnight included (PST is UTC−8, PDT from 8 March UTC−7)', () => {
    const x = read('tiktok-us-12h.csv', text, { ...LA, slashDates: 'MDY' });
    expect(x.rejected).toEqual([]);
    expect(x.warnings).toEqual([]);
    expect(order(x, 0)).toMatchObject({
      paidAt: at('2026-03-01T10:00:05-08:00'),
      shippedAt: at('2026-03-02T15:15:00-08:00'), // "3:15:00 PM"
      deliveredAt: at('2026-03-13T12:30:00-07:00'), // "12:30:00 PM" is half past noon, in PDT
    });
    expect(x.orders.rtsAt[0]).toBe(at('2026-03-02T08:30:00-08:00'));
    expect(order(x, 1)).toMatchObject({
      paidAt: at('2026-03-01T00:05:00-08:00'), // "12:05:00 AM" is five past midnight
      cancelledAt: at('2026-03-01T01:00:00-08:00'),
      cancelledBy: CancelledBy.buyer,
      amountFen: 3000, // "$30.00"
    });
    expect(order(x, 2).paidAt).toBe(at('2026-03-01T23:59:59-08:00')); // "11:59:59 PM"
    expect([0, 1, 2].map((i) => stringAt(x.meta.region, i))).toEqual(['California', 'Texas', 'New York']);
  });

  it('read day-first instead, row 2 (03/13) is rejected naming its field, as the issue reported', () => {
    const x = read('tiktok-us-12h.csv', text, { ...LA, slashDates: 'DMY' });
    expect(x.rejected).toEqual([
      {
        row: 2,
        field: 'Delivered Time',
        reason: 'not a date and time like DD/MM/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS',
      },
    ]);
  });

  const HEADER = ['Order ID', 'Quantity', 'Order Amount', 'Paid Time', 'Shipped Time', 'Delivered Time'];
  const paid = (cell: string) =>
    read(
      'p.csv',
      csv([
        [...HEADER, 'Cancelled Time', 'Cancel By'],
        ['576461234567891099', '1', '5.00', cell, '', '', '', ''],
      ]),
      { ...LA, slashDates: 'MDY' },
    );

  it.each([
    ['03/01/2026 12:00:00 AM', '2026-03-01T00:00:00-08:00'],
    ['03/01/2026 12:00:00 PM', '2026-03-01T12:00:00-08:00'],
    ['03/01/2026 1:05 pm', '2026-03-01T13:05:00-08:00'], // lower case, no seconds
    ['03/01/2026 11:59:59PM', '2026-03-01T23:59:59-08:00'], // no space before PM
    ['2026-03-01 07:30:00 PM', '2026-03-01T19:30:00-08:00'], // year first
  ])('reads %j', (cell, iso) => {
    expect(order(paid(cell), 0).paidAt).toBe(at(iso));
  });

  it.each(['03/01/2026 13:00:00 PM', '03/01/2026 0:30:00 AM'])('rejects %j: no such 12-hour time', (cell) => {
    expect(paid(cell).rejected.map((r) => r.field)).toEqual(['Paid Time']);
  });
});
