import { describe, expect, it } from 'vitest';
import { detectSlashOrder } from '../../../../core/exports/slash-order';
import { csv, fixtureText } from './helpers';

const HEADER = ['Order ID', 'Buyer Message', 'Created Time', 'Paid Time', 'Shipped Time'];
const file = (...rows: string[][]) => csv([HEADER, ...rows]);
const whole = { complete: true };

describe('telling DD/MM/YYYY from MM/DD/YYYY', () => {
  it('a day above 12 first means day first: the UK fixture (24/11/2026 on its first row)', () => {
    expect(detectSlashOrder(fixtureText('tiktok-orders.csv'), whole)).toEqual({
      order: 'DMY',
      row: 1,
      column: 'Created Time',
      text: '24/11/2026 19:58:10',
    });
  });

  it('12-hour times mean month first when no day above 12 tells (only US exports print AM/PM)', () => {
    // From the #14 review: a US export of 1–12 March was read day first. 03/01 … 03/12 with "10:00:00 AM".
    const text = file(['1', '', '03/01/2026 10:00:00 AM', '03/01/2026 10:00:05 AM', '']);
    expect(detectSlashOrder(text, whole)).toEqual({
      order: 'MDY',
      row: 1,
      column: 'Created Time',
      text: '03/01/2026 10:00:00 AM',
    });
  });

  it('a day above 12 second means month first (US)', () => {
    const text = file(
      ['1', '', '11/05/2026 10:00:00', '11/05/2026 10:00:05', ''],
      ['2', '', '11/05/2026 11:00:00', '11/23/2026 11:00:05', ''],
    );
    expect(detectSlashOrder(text, whole)).toEqual({
      order: 'MDY',
      row: 2,
      column: 'Paid Time',
      text: '11/23/2026 11:00:05',
    });
  });

  it('cannot tell when every number is 12 or less, nor when both kinds appear, nor without slash dates', () => {
    expect(detectSlashOrder(file(['1', '', '03/04/2026 10:00:00', '', '']), whole)).toEqual({
      order: 'unknown',
      why: 'ambiguous',
    });
    const mixed = file(['1', '', '13/04/2026 10:00:00', '', ''], ['2', '', '04/13/2026 10:00:00', '', '']);
    expect(detectSlashOrder(mixed, whole)).toEqual({ order: 'unknown', why: 'mixed' });
    expect(detectSlashOrder(fixtureText('douyin-orders.utf8.csv'), whole)).toEqual({ order: 'unknown', why: 'none' });
    expect(detectSlashOrder('', whole)).toEqual({ order: 'unknown', why: 'none' });
  });

  it('looks only at the time columns: a date in a buyer message does not count', () => {
    const text = file(['1', 'deliver after 25/12/2026 please', '03/04/2026 10:00:00', '', '']);
    expect(detectSlashOrder(text, whole)).toEqual({ order: 'unknown', why: 'ambiguous' });
  });

  it('drops the last line of the start of a file, which may be cut anywhere', () => {
    // As a 64 KB slice might end: the last line's date is really 13/04/2026, but it could be cut to "13/0".
    const text = file(['1', '', '03/04/2026 10:00:00', '', ''], ['2', '', '13/04/2026 10:00:00', '', '']);
    expect(detectSlashOrder(text, { complete: false })).toEqual({ order: 'unknown', why: 'ambiguous' });
    expect(detectSlashOrder(text, whole)).toEqual({
      order: 'DMY',
      row: 2,
      column: 'Created Time',
      text: '13/04/2026 10:00:00',
    });
  });
});
