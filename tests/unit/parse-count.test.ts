import { describe, expect, it } from 'vitest';
import { parseCount } from '../../core/parse-count';

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['1234', 1234],
    ['1,234', 1234],
    ['12,345,678', 12345678],
    ['1 234', 1234], // normal space
    ['1\u00a0234', 1234], // no-break space
    ['1\u202f234', 1234], // narrow no-break space, as Intl prints French numbers
    ['  987\n', 987], // surrounding whitespace
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %d', (text, value) => {
    expect(parseCount(text)).toEqual({ ok: true, value });
  });

  it.each([
    '—', // a placeholder while the page loads
    '',
    '-5',
    '1.5',
    '1.234', // a European thousands separator is not guessed
    '1,23', // a group of two digits
    '1234,567', // a first group of four digits
    '1.2万',
    '12K',
    '¥1,234.00',
    '9007199254740993', // above the largest safe integer
  ])('refuses %j, quoting the text', (text) => {
    expect(parseCount(text)).toEqual({ ok: false, reason: `not a whole-number count: "${text.trim()}"` });
  });

  it('quotes at most 40 characters of a long text', () => {
    const long = 'Paid orders will appear here when the stream starts';
    expect(parseCount(long)).toEqual({ ok: false, reason: `not a whole-number count: "${long.slice(0, 40)}"` });
  });
});
