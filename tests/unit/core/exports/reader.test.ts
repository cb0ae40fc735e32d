import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createExportReader } from '../../../../core/exports/reader';
import { fixtureText, london, read, shanghai } from './helpers';

describe('createExportReader: rows one at a time', () => {
  it('gives what readOrderExport gives, fed from PapaParse in small chunks', () => {
    const text = fixtureText('tiktok-orders.csv');
    const [header, ...rows] = Papa.parse<string[]>(text, { delimiter: ',' }).data;
    const made = createExportReader(header, { ...london, name: 'tiktok-orders.csv' });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.data.format).toBe('tiktok');
    // Record numbers stand in for line numbers here: nothing is rejected.
    rows.forEach((r, i) => {
      made.data.push(r, i + 2);
    });
    expect(made.data.finish()).toEqual({ ok: true, data: read('tiktok-orders.csv', text, london) });
  });

  it('recognises Douyin from its header and fails early on a foreign one', () => {
    const header = Papa.parse<string[]>(fixtureText('douyin-orders.utf8.csv'), { delimiter: ',', preview: 1 }).data[0];
    const made = createExportReader(header, { ...shanghai, name: 'd.csv' });
    expect(made.ok && made.data.format).toBe('douyin');
    expect(createExportReader(['a', 'b'], { ...shanghai, name: 'x.csv' }).ok).toBe(false);
  });

  it('skips empty lines and lines of bare commas without counting them', () => {
    const made = createExportReader(
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
      {
        ...london,
        name: 's.csv',
      },
    );
    if (!made.ok) throw new Error(made.error.message);
    made.data.push([''], 2);
    made.data.push(['', '', '', '', '', '', '', ''], 3);
    made.data.push(['576461234567890101', '1', '1.00', '', '', '', '', ''], 4);
    made.data.skip(5, 'Quoted field unterminated');
    const done = made.data.finish();
    expect(done.ok && [done.data.rows, done.data.orderIds, done.data.rejected]).toEqual([
      2,
      ['576461234567890101'],
      [{ row: 5, field: '(row)', reason: 'Quoted field unterminated' }],
    ]);
  });

  it('streams 100,000 SKU lines into 50,000 orders', () => {
    const header = [
      'Order ID',
      'Quantity',
      'Order Amount',
      'Paid Time',
      'Shipped Time',
      'Delivered Time',
      'Cancelled Time',
      'Cancel By',
      'Recipient',
    ];
    const made = createExportReader(header, { ...london, name: 'big.csv' });
    if (!made.ok) throw new Error(made.error.message);
    const t0 = performance.now();
    for (let i = 0; i < 100_000; i++) {
      const id = `5764612345${String(Math.floor(i / 2)).padStart(8, '0')}`;
      const minute = String(Math.floor(i / 2) % 60).padStart(2, '0');
      made.data.push([id, '1', '9.99', `01/12/2026 10:${minute}:00`, '', '', '', '', 'A Person'], i + 2);
    }
    const done = made.data.finish();
    if (!done.ok) throw new Error(done.error.message);
    expect(done.data.orders.length).toBe(50_000);
    expect(done.data.meta.quantity.every((q) => q === 2)).toBe(true);
    expect(done.data.orders.paidAt[59]).toBe(Date.parse('2026-12-01T10:59:00Z'));
    expect(performance.now() - t0).toBeLessThan(5_000); // about 0.1 s here; a loose guard against Intl per row
  });
});
