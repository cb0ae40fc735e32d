import { describe, expect, it } from 'vitest';
import { timestampReader } from '../../../../core/exports/dates';
import { amountFen, carrierName, cell, quantity } from '../../../../core/exports/values';
import { epochFromLocal } from '../../../../core/lib/time';
import { at } from './helpers';

describe('cell', () => {
  it.each([
    ['\t6917591234567890101', '6917591234567890101'], // Douyin's Excel guard
    ['576461234567890101\t', '576461234567890101'], // TikTok's
    ['  Evri ', 'Evri'],
    [undefined, ''], // a column the file does not have
  ])('%j → %j', (value, out) => expect(cell(value)).toBe(out));
});

describe('amountFen', () => {
  it.each([
    ['0', 0],
    ['0.00', 0],
    ['12.5', 1250],
    ['44.97', 4497],
    ['1,234.56', 123456],
    ['RM 12.00', 1200],
    ['GBP 3.10', 310],
    ['$9.99', 999],
    ['¥29.90', 2990],
    ['￥29.90', 2990],
    ['Rp 150000', 15000000],
  ])('%j → %d', (text, fen) => expect(amountFen(text)).toBe(fen));

  it.each(['', '-1.00', '1.234,56', '150.000', '12.345', '1,23', 'free', '1e3'])('refuses %j', (text) => {
    expect(amountFen(text)).toBeNull();
  });
});

describe('quantity', () => {
  it.each([
    ['0', 0],
    ['1', 1],
    ['12', 12],
  ])('%j → %d', (text, n) => expect(quantity(text)).toBe(n));
  it.each(['', '-1', '1.5', 'two', '1,000', '1234567890'])('refuses %j', (text) => expect(quantity(text)).toBeNull());
});

describe('carrierName', () => {
  it.each([
    ['中通快递 75891234567890', '中通快递'],
    ['圆通速递:YT8812345678901', '圆通速递'],
    ['顺丰速运：SF1234567890123', '顺丰速运'],
    ['韵达快递,4312345678901;中通快递,7589', '韵达快递'],
    ['75891234567890', ''], // a bare tracking number names no carrier
    ['', ''],
  ])('%j → %j', (text, name) => expect(carrierName(text)).toBe(name));
});

describe('timestampReader', () => {
  const dmy = timestampReader('Europe/London', 'DMY');
  const ymd = timestampReader('Asia/Shanghai', 'none');

  it.each(['', '-', '--', '/', 'N/A'])('reads %j as "no time" (NaN)', (text) => {
    expect(dmy(text)).toBeNaN();
  });

  it.each([
    '31/02/2026 10:00:00', // no 31 February
    '29/02/2026 10:00:00', // 2026 is not a leap year
    '00/01/2026 10:00:00',
    '01/13/2026 10:00:00',
    '01/01/2026 24:00:00',
    '01/01/2026 10:60:00',
    '01/01/2026 10:00:60',
    '01/01/2026', // a date without a time is not guessed to be midnight
    '2026-01-01',
    '2026-01/01 10:00:00', // mixed separators
    '1767225600000', // epoch numbers are not an export's form
    'tomorrow',
  ])('refuses %j', (text) => expect(dmy(text)).toBeNull());

  it('accepts 29 February in a leap year', () => {
    expect(dmy('29/02/2028 10:00:00')).toBe(at('2028-02-29T10:00:00Z'));
  });

  it('follows daylight saving: London 30/03/2026 is BST, 24/10/2026 BST, 26/10/2026 GMT', () => {
    expect(dmy('30/03/2026 12:00:00')).toBe(at('2026-03-30T12:00:00+01:00'));
    expect(dmy('24/10/2026 12:00:00')).toBe(at('2026-10-24T12:00:00+01:00'));
    expect(dmy('26/10/2026 12:00:00')).toBe(at('2026-10-26T12:00:00Z'));
  });

  it('agrees with epochFromLocal at every minute across a daylight-saving night (the quarter-hour cache)', () => {
    // 29 March 2026, London: 01:00 GMT jumps to 02:00 BST.
    for (let m = 0; m < 6 * 60; m++) {
      const hh = String(Math.floor(m / 60)).padStart(2, '0');
      const mm = String(m % 60).padStart(2, '0');
      expect(dmy(`29/03/2026 ${hh}:${mm}:15`)).toBe(epochFromLocal('Europe/London', 2026, 3, 29, m) + 15_000);
    }
  });

  it('reads year-first with dashes or slashes, seconds optional', () => {
    expect(ymd('2026-11-24 19:58:31')).toBe(at('2026-11-24T19:58:31+08:00'));
    expect(ymd('2026/11/24 19:58')).toBe(at('2026-11-24T19:58:00+08:00'));
    expect(ymd('2026-11-24T19:58:31')).toBe(at('2026-11-24T19:58:31+08:00'));
  });

  it('describes what it accepts, for messages', () => {
    expect(dmy.form).toBe('DD/MM/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS');
    expect(timestampReader('UTC', 'MDY').form).toBe('MM/DD/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS');
    expect(ymd.form).toBe('YYYY-MM-DD HH:MM:SS or YYYY/MM/DD HH:MM');
  });
});
