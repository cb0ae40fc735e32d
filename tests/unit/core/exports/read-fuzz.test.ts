import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExport } from '../../../../core/exports/decode';
import { readOrderExport } from '../../../../core/exports/read';
import { fuzzTally } from '../../fuzz-tally';
import { fixture, shanghai } from './helpers';
import { endedAs, expectClearError, expectKeepable, malformedExport, NOW } from './malformed';

/**
 * Fuzz (issue #16, RELIABILITY.md): 1,000 malformed exports (malformed.ts) through the reader a whole
 * file goes through (decodeExport, then readOrderExport). Each must end in the file's orders or in one
 * error naming the file, never an exception; what it keeps must be what an import may keep (so a
 * backup of it restores), and each rejected row must name its line and column.
 */
const SEED = 20261205;
const RUNS = 1000;
describe('fuzz: 1,000 malformed exports through decodeExport and readOrderExport', () => {
  it('each ends in orders that may be kept or in a clear error naming the file, never an exception', () => {
    let read = 0;
    let refused = 0;
    const tally = fuzzTally('malformed exports (decodeExport, readOrderExport)');
    fc.assert(
      fc.property(malformedExport, (m) => {
        // As the import runs it: judged at the time it runs (NOW).
        const r = readOrderExport({ name: m.name, text: decodeExport(m.bytes) }, { ...m.opts, now: NOW });
        tally.add(m.kinds, ...endedAs(r));
        if (r.ok) {
          read++;
          expectKeepable(r.data, m);
        } else {
          refused++;
          expect(r.error.code).toBe('invalid-message');
          expectClearError(r.error.message, m);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    tally.print();
    expect(read).toBeGreaterThan(RUNS / 10);
    expect(refused).toBeGreaterThan(RUNS / 10);
  }, 60_000);
});

describe('fuzz finding: a time no backup would restore', () => {
  const HEADER = 'Order ID,Quantity,Order Amount,Paid Time,Shipped Time,Delivered Time,Cancelled Time,Cancel By';
  const row = (id: string, paid: string, shipped = '') => `${id},1,10.00,${paid},${shipped},,,`;

  it('rejects the row, naming its column, instead of keeping an order that makes every later backup unrestorable', () => {
    const text = [
      HEADER,
      row('576461234567890201', '24/11/2026 19:58:31'), // line 2: kept
      row('576461234567890202', '24/11/1970 19:58:31'), // line 3: before 2015
      row('576461234567890203', '24/11/2026 19:58:31', '25/11/2099 09:00:00'), // line 4: shipped 73 years ahead
      row('576461234567890204', '24/11/2027 19:58:31'), // line 5: within a year of NOW (2026-12-05)
    ].join('\r\n');
    const r = readOrderExport({ name: 'typo.csv', text }, { timeZone: 'Europe/London', now: NOW });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.orderIds).toEqual(['576461234567890201', '576461234567890204']);
    expect(r.data.rejected).toEqual([
      { row: 3, field: 'Paid Time', reason: 'not a plausible time (from 2015 to a year from now)' },
      { row: 4, field: 'Shipped Time', reason: 'not a plausible time (from 2015 to a year from now)' },
    ]);
    // Without the import's time, only the lower bound is known: 2099 is read.
    const noNow = readOrderExport({ name: 'typo.csv', text }, { timeZone: 'Europe/London' });
    expect(noNow.ok && noNow.data.rejected.map((x) => x.row)).toEqual([3]);
  });
});

describe('fuzz finding: a doubled byte-order mark', () => {
  it('numbers rejected rows from the header as line 1, as with one mark', () => {
    const HEADER = 'Order ID,Quantity,Order Amount,Paid Time,Shipped Time,Delivered Time,Cancelled Time,Cancel By';
    const body = [HEADER, '576461234567890201,1,10.00,24/11/2026 19:58:31,,,,', '12345,1,10.00,,,,,'].join('\n');
    for (const marks of ['', '\ufeff', '\ufeff\ufeff', '\ufeff\ufeff\ufeff']) {
      const r = readOrderExport({ name: 'twice.csv', text: `${marks}${body}` }, { timeZone: 'Europe/London' });
      expect(r.ok && r.data.rejected, JSON.stringify(marks)).toEqual([
        { row: 3, field: 'Order ID', reason: 'not an order id (16–24 digits)' },
      ]);
    }
  });
});

describe('fuzz finding: one damaged byte in a UTF-8 Douyin export', () => {
  it('reads it as UTF-8 still, not as GBK, whose other characters made every header unknown', () => {
    const bytes = fixture('douyin-orders.utf8.csv').subarray(3); // no BOM, as a copy may lose it
    const at = bytes.indexOf(0x0a) + 1; // the start of the first data line
    const damaged = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
    const text = decodeExport(damaged);
    expect(text.startsWith('"主订单编号","子订单编号"')).toBe(true);
    const r = readOrderExport({ name: 'damaged.csv', text }, shanghai);
    // The damaged line is the only one refused: the byte sits before its opening quote.
    expect(r.ok && r.data.rejected.length).toBe(1);
    // A GBK export still reads as GBK: read as UTF-8, its Chinese is nearly all invalid sequences.
    expect(decodeExport(fixture('douyin-orders.gbk.csv'))).toBe(decodeExport(fixture('douyin-orders.utf8.csv')));
  });
});

describe('fuzz finding: a UTF-16 export that lost its byte-order mark', () => {
  it('is read as UTF-16 by its zero bytes, little- or big-endian, with the orders of the UTF-8 copy', () => {
    const text = decodeExport(fixture('douyin-orders.utf8.csv'));
    const units = Array.from(text, (ch) => ch.charCodeAt(0)); // the fixture has no character beyond 16 bits
    const le = Uint8Array.from(units.flatMap((u) => [u & 0xff, u >> 8]));
    const be = Uint8Array.from(units.flatMap((u) => [u >> 8, u & 0xff]));
    const expected = readOrderExport({ name: 'x.csv', text }, shanghai);
    expect(expected.ok && expected.data.orderIds.length).toBe(4);
    for (const bytes of [le, be])
      expect(readOrderExport({ name: 'x.csv', text: decodeExport(bytes) }, shanghai)).toEqual(expected);
  });
});
