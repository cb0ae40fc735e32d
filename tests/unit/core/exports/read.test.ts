import { describe, expect, it } from 'vitest';
import { readOrderExport } from '../../../../core/exports/read';
import { freshDb } from '../../storage/history/helpers';
import { LONDON, runImport, summaryOf, textFile } from '../../workers/import/helpers';
import { csv, fixtureText, table } from './helpers';

// The TikTok fixture: header on line 1, six records on lines 2–9 (two of them span two lines).
const rows = table(fixtureText('tiktok-orders.csv'));
const header = rows[0];
const col = (title: string) => header.indexOf(title);
const good = rows[1];
const variant = (id: string, changes: Record<string, string>) => {
  const r = [...good];
  r[col('Order ID')] = id;
  for (const [title, value] of Object.entries(changes)) r[col(title)] = value;
  return r;
};
/** Lines 10–14 are bad, line 15 is good, line 16 opens a quote that never closes. */
const text = `${csv([
  ...rows,
  variant('576461234567890201', { 'Paid Time': '31/02/2026 10:00:00' }), // line 10
  good.slice(0, 10), // line 11: 10 fields
  variant('576461234567890202', { Quantity: 'two', 'Buyer Message': 'ring\ntwice' }), // lines 12–13
  variant('12345', {}), // line 14
  variant('576461234567890203', {}), // line 15: a fifth order
])}\r\n576461234567890204,"Completed,\r\n`;

describe('rejected rows', () => {
  it('are reported with the line each record starts on, the column and the reason, as the string reader does', async () => {
    const s = summaryOf((await runImport(freshDb(), textFile('bad.csv', text), LONDON, { sliceBytes: 64 })).outcome);
    const expected = [
      { row: 10, field: 'Paid Time', reason: 'not a date and time like DD/MM/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS' },
      { row: 11, field: '(row)', reason: `10 fields where the header has ${header.length}` },
      { row: 12, field: 'Quantity', reason: 'not a whole number of items from 0 up' },
      { row: 14, field: 'Order ID', reason: 'not an order id (16–24 digits)' },
      { row: 16, field: '(row)', reason: 'Quoted field unterminated' },
    ];
    expect(s.rejected).toEqual(expected);
    expect(s).toMatchObject({ rows: 12, added: 5, rejectedCount: 5 });
    const whole = readOrderExport({ name: 'bad.csv', text }, LONDON);
    expect(whole.ok && whole.data.rejected).toEqual(expected);
  });

  it('a file that is no export fails as a whole, naming the file and the columns looked for', async () => {
    const db = freshDb();
    const { outcome } = await runImport(db, textFile('contacts.csv', 'Name,Phone\r\nAda,+44 7700 900001\r\n'), LONDON);
    expect(outcome.kind).toBe('failed');
    const message = outcome.kind === 'failed' ? outcome.message : '';
    expect(message).toContain('contacts.csv: not a TikTok Shop or Douyin order export');
    expect(message).toContain('TikTok Shop Seller Center: Order ID, Quantity, Order Amount, Paid Time');
    expect(message).toContain('Douyin 抖店: 主订单编号, 商品数量');
    // The cells of a file without a header may be a buyer's: never quoted back.
    expect(message).not.toContain('Ada');
    expect(await db.imports.count()).toBe(0);
  });

  it('an unknown time zone is a file-level failure', async () => {
    const { outcome } = await runImport(freshDb(), textFile('x.csv', text), { ...LONDON, timeZone: 'Mars/Olympus' });
    expect(outcome).toEqual({ kind: 'failed', message: 'x.csv: unknown time zone "Mars/Olympus"' });
  });

  it('UTF-8 that breaks after the first 64 KB stops with the byte range, storing nothing', async () => {
    const db = freshDb();
    const head = new TextEncoder().encode(`${text}\r\n`.repeat(20));
    const bytes = new Uint8Array(70_000);
    bytes.fill(0x0a);
    bytes.set(head.subarray(0, 66_000));
    bytes[68_000] = 0xff;
    const { outcome } = await runImport(db, new File([bytes], 'broken.csv'), LONDON, { sliceBytes: 65_536 });
    expect(outcome.kind === 'failed' && outcome.message).toMatch(
      /^broken\.csv: the file cannot be read as utf-8 in the bytes from 65536 to 70000/,
    );
    expect(await db.imports.count()).toBe(0);
  });
});
