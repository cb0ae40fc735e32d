import { describe, expect, it } from 'vitest';
import {
  carrierLabel,
  keptValueProblem,
  plausibleTimeProblem,
  promiseLabel,
} from '../../../../core/exports/kept-values';

describe('the forms an import keeps', () => {
  it('cuts a tracking number or postcode off a carrier, keeps its name', () => {
    expect(carrierLabel('  SF Express  ')).toBe('SF Express');
    expect(carrierLabel('USPS 9400111899223100000000')).toBe('USPS');
    expect(carrierLabel('UPS 2nd Day Air')).toBe('UPS 2nd Day Air'); // one digit is no tracking number
    expect(carrierLabel('中通快递')).toBe('中通快递');
    expect(promiseLabel('Standard   shipping')).toBe('Standard shipping');
    expect(Array.from(promiseLabel('长'.repeat(70)))).toHaveLength(64);
  });

  it('accepts a value already in its kept form and refuses one no import keeps', () => {
    expect(keptValueProblem('region', '浙江省')).toBeNull();
    expect(keptValueProblem('region', 'Texas')).toBeNull();
    expect(keptValueProblem('region', '')).toBeNull();
    // A short form is a spelling the import reads, but stores as 浙江省: a backup never holds it.
    expect(keptValueProblem('region', '浙江')).toMatch(/allow-list/);
    expect(keptValueProblem('region', '1600 Pennsylvania Ave')).toMatch(/allow-list/);
    expect(keptValueProblem('orderId', '6917000000000000001')).toBeNull();
    expect(keptValueProblem('orderId', '13800138000')).toMatch(/16–24 digits/);
    expect(keptValueProblem('carrier', 'SF Express')).toBeNull();
    expect(keptValueProblem('carrier', 'YT8812345678')).toMatch(/tracking number/);
    expect(keptValueProblem('liveRoomId', '7300000001')).toBeNull();
    expect(keptValueProblem('product', 'Tee  black')).toMatch(/single spaces/);
  });

  it('judges an instant plausible from 2015 to a year after now', () => {
    const now = Date.parse('2026-12-05T00:00:00Z');
    expect(plausibleTimeProblem(Date.parse('2015-01-01T00:00:00Z'), now)).toBeNull();
    expect(plausibleTimeProblem(Date.parse('2014-12-31T23:59:59Z'), now)).toMatch(/plausible/);
    // 366 days after 2026-12-05 is 2027-12-06.
    expect(plausibleTimeProblem(Date.parse('2027-12-06T00:00:00Z'), now)).toBeNull();
    expect(plausibleTimeProblem(Date.parse('2027-12-06T00:00:01Z'), now)).toMatch(/plausible/);
    expect(plausibleTimeProblem(Number.NaN, now)).toMatch(/plausible/);
  });
});
