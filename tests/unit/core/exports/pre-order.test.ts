import { describe, expect, it } from 'vitest';
import { dispatchedLate, fillDeadlines } from '../../../../core/model/ship-by-orders';
import { OrderFlag } from '../../../../core/records/orders';
import { cardFor } from '../../../../core/scorecards';
import { settingsWith } from '../../helpers';
import { at, csv, fixtureText, london, read, table } from './helpers';

// Seen: the export's "Normal or Pre-order" column (domain §5; public code that splits Normal orders from the
// empty-valued sample orders); the value "Pre-order" is a reconstruction (tests/fixtures/exports/VARIANTS.md).
const text = fixtureText('tiktok-preorder.csv');
const settings = settingsWith((s) => {
  s.scorecard = 'tiktok-sea-2026';
  s.timezone = 'Europe/London';
}); // 48 h promise
const now = at('2026-11-30T12:00:00Z');

function lateDispatches(file: string) {
  const x = read('p.csv', file, london);
  fillDeadlines(x.orders, settings, cardFor(settings));
  return x.orderIds.map((_, i) => dispatchedLate(x.orders, i, now));
}

describe('TikTok pre-orders', () => {
  it('are kept and flagged: one pre-order line makes its order one; an empty value (a sample) is a normal order', () => {
    const x = read('tiktok-preorder.csv', text, london);
    expect(x.orderIds).toEqual([
      '576461234567892001',
      '576461234567892002',
      '576461234567892003',
      '576461234567892004', // a normal line and a pre-order line
      '576461234567892005',
    ]);
    const pre = OrderFlag.preOrder;
    expect([...x.orders.flags]).toEqual([0, pre, pre, pre, OrderFlag.excluded]); // …005 is a £0 sample
    expect(x.warnings).toEqual([]);
  });

  it('are not late dispatches against the shop’s 48 h promise; normal orders still are', () => {
    // …001 normal, paid 02/11 10:00, picked up 05/11 15:00: 77 h > 48 h, late. …002 and …004 shipped 18–19
    // days after payment and …003 not yet: all pre-orders, held to their own date. …005: 26 h, on time.
    expect(lateDispatches(text)).toEqual([true, false, false, false, false]);
    // Read as normal orders (the column emptied), the three pre-orders would be late as well: 4, not 1.
    const rows = table(text);
    const type = rows[0].indexOf('Normal or Pre-order');
    const asNormal = csv(rows.map((r, i) => r.map((c, j) => (i > 0 && j === type ? '' : c))));
    expect(lateDispatches(asNormal)).toEqual([true, true, true, true, false]);
  });

  it('warns about an order type it does not know and reads those orders as normal ones', () => {
    const rows = table(text);
    rows[1][rows[0].indexOf('Normal or Pre-order')] = 'Vorbestellung';
    const x = read('p.csv', csv(rows), london);
    expect(x.orders.flags[0]).toBe(0);
    expect(x.warnings?.map((w) => w.message)).toEqual([
      'Normal or Pre-order "Vorbestellung" on 1 row (first: row 2) is not a value this reader knows: ' +
        'those orders were read as normal orders, not pre-orders',
    ]);
  });
});
