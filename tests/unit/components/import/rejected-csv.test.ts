import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rejectedCsv, rejectedFileName } from '../../../../components/import/rejected-csv';

describe('the rejected-rows CSV', () => {
  it('has a row, field, reason header and one line per rejection, quoting what needs it', () => {
    const text = rejectedCsv([
      { row: 10, field: 'Paid Time', reason: 'not a date and time like DD/MM/YYYY HH:MM:SS' },
      { row: 11, field: '(row)', reason: '10 fields where the header has 56' },
      { row: 12, field: '主订单编号', reason: 'not an order id (16–24 digits), "quoted"' },
    ]);
    expect(text.split('\r\n')[0]).toBe('row,field,reason');
    expect(Papa.parse<string[]>(text).data).toEqual([
      ['row', 'field', 'reason'],
      ['10', 'Paid Time', 'not a date and time like DD/MM/YYYY HH:MM:SS'],
      ['11', '(row)', '10 fields where the header has 56'],
      ['12', '主订单编号', 'not an order id (16–24 digits), "quoted"'],
    ]);
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const text = rejectedCsv([{ row: 2, field: '=HYPERLINK("x")', reason: 'r' }]);
    expect(Papa.parse<string[]>(text).data[1][1]).toBe('\'=HYPERLINK("x")');
  });

  it('is named after the imported file', () => {
    expect(rejectedFileName('orders 2026-11.csv')).toBe('orders 2026-11-rejected-rows.csv');
    expect(rejectedFileName('export')).toBe('export-rejected-rows.csv');
  });
});
