import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from '../../../../components/csv';
import { parseRoute, routeHash } from '../../../../components/report/route';

describe('toCsv', () => {
  const csv = toCsv(
    ['Stream', 'Orders', 'Note'],
    [
      ['demo:7301', 12345.5, 'a "quoted", comma\nand a line break'],
      ['=HYPERLINK("x")', null, undefined],
    ],
  );

  it('starts with a BOM, then headers in words, rows separated by CRLF', () => {
    expect(csv.startsWith('\uFEFFStream,Orders,Note\r\n')).toBe(true);
  });

  it('keeps numbers unformatted and quotes what must be quoted, so it reads back the same', () => {
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    expect(rows[1]).toEqual(['demo:7301', '12345.5', 'a "quoted", comma\nand a line break']);
  });

  it('leaves missing values blank and disarms a field a spreadsheet would run as a formula', () => {
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    expect(rows[2]).toEqual(['\'=HYPERLINK("x")', '', '']);
  });

  it('names the file after the table', () => {
    expect(csvFileName('Backlog per stage, demo:7301')).toBe('backlog-per-stage-demo-7301.csv');
  });
});

describe('report routes', () => {
  it('round-trips a stream and a comparison through the URL hash (ids hold ":")', () => {
    const one = routeHash({ view: 'stream', streamId: 'demo:7301' });
    expect(one).toBe('#stream=demo%3A7301');
    expect(parseRoute(one)).toEqual({ view: 'stream', streamId: 'demo:7301' });
    const two = routeHash({ view: 'compare', a: 'demo:1', b: 'tiktok:2' });
    expect(parseRoute(two)).toEqual({ view: 'compare', a: 'demo:1', b: 'tiktok:2' });
  });

  it('reads anything else as the list', () => {
    expect(parseRoute('')).toEqual({ view: 'list' });
    expect(parseRoute('#compare=demo:1')).toEqual({ view: 'list' });
  });
});
