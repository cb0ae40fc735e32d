import { describe, expect, it } from 'vitest';
import { shipBy } from '../../../../core/model/ship-by';
import type { ShippingPromise } from '../../../../core/settings/settings';

// Ship-by deadlines (domain §2.4 and §3): "by 23:59:59" is the end of that minute, 23:59:59.999.
// Calendar: 2026-11-23 is a Monday; Los Angeles is on PST (UTC−8) in late November, PDT (UTC−7) from 2026-03-08.
const SH = 'Asia/Shanghai';
const LA = 'America/Los_Angeles';
const inSh = (local: string) => Date.parse(`${local}+08:00`);
const inLa = (local: string) => Date.parse(`${local}-08:00`);
const inLaSummer = (local: string) => Date.parse(`${local}-07:00`);

const sameDay: ShippingPromise = { type: 'same-day', cutoff: '16:00' };
const twoBusinessDays: ShippingPromise = { type: 'business-days', days: 2, cutoff: '23:59' };
const twoBusinessDaysBy16: ShippingPromise = { type: 'business-days', days: 2, cutoff: '16:00' };

describe('shipBy: same-day (cut-off 16:00)', () => {
  it('ships the same day when paid before the cut-off, in Shanghai', () => {
    expect(shipBy(inSh('2026-11-25T15:59:00'), sameDay, SH)).toBe(inSh('2026-11-25T23:59:59.999'));
  });

  it('ships the next day when paid at or after the cut-off, in Shanghai', () => {
    expect(shipBy(inSh('2026-11-25T16:00:00'), sameDay, SH)).toBe(inSh('2026-11-26T23:59:59.999'));
    expect(shipBy(inSh('2026-11-25T23:30:00'), sameDay, SH)).toBe(inSh('2026-11-26T23:59:59.999'));
  });

  it('rolls over the end of the month', () => {
    expect(shipBy(inSh('2026-11-30T17:00:00'), sameDay, SH)).toBe(inSh('2026-12-01T23:59:59.999'));
  });

  it('uses a custom cut-off', () => {
    const by14: ShippingPromise = { type: 'same-day', cutoff: '14:00' };
    expect(shipBy(inSh('2026-11-25T14:30:00'), by14, SH)).toBe(inSh('2026-11-26T23:59:59.999'));
  });

  it('applies the cut-off and day end in Los Angeles local time', () => {
    expect(shipBy(inLa('2026-11-25T15:59:00'), sameDay, LA)).toBe(inLa('2026-11-25T23:59:59.999'));
    expect(shipBy(inLa('2026-11-25T16:00:00'), sameDay, LA)).toBe(inLa('2026-11-26T23:59:59.999'));
  });

  it('gives one instant different deadlines in the two zones', () => {
    // 2026-11-26T07:30Z is Wed 23:30 in Los Angeles (after the cut-off) and Thu 15:30 in Shanghai (before it).
    const paid = Date.parse('2026-11-26T07:30:00Z');
    expect(shipBy(paid, sameDay, LA)).toBe(inLa('2026-11-26T23:59:59.999'));
    expect(shipBy(paid, sameDay, SH)).toBe(inSh('2026-11-26T23:59:59.999'));
  });
});

describe('shipBy: next-day', () => {
  it('ships by the end of the day after payment, however late in the day it was paid', () => {
    expect(shipBy(inSh('2026-11-25T00:05:00'), { type: 'next-day' }, SH)).toBe(inSh('2026-11-26T23:59:59.999'));
    expect(shipBy(inSh('2026-11-25T23:55:00'), { type: 'next-day' }, SH)).toBe(inSh('2026-11-26T23:59:59.999'));
    expect(shipBy(inLa('2026-11-25T10:00:00'), { type: 'next-day' }, LA)).toBe(inLa('2026-11-26T23:59:59.999'));
  });

  it('ends the next day on the new offset after a daylight-saving change in Los Angeles', () => {
    // Paid Sat 2026-03-07 10:00 PST; Sunday 03-08 springs forward, so its end is 23:59:59.999 PDT (UTC−7).
    expect(shipBy(inLa('2026-03-07T10:00:00'), { type: 'next-day' }, LA)).toBe(inLaSummer('2026-03-08T23:59:59.999'));
  });
});

describe('shipBy: 48 hours and a number of hours', () => {
  it('adds 48 elapsed hours', () => {
    expect(shipBy(inSh('2026-11-25T10:00:00'), { type: '48h' }, SH)).toBe(inSh('2026-11-27T10:00:00'));
    expect(shipBy(inLa('2026-11-25T10:00:00'), { type: '48h' }, LA)).toBe(inLa('2026-11-27T10:00:00'));
  });

  it('counts elapsed hours across the spring-forward change, so the local clock reads 11:00', () => {
    // 2026-03-07 10:00 PST = 18:00Z; + 48 h = 2026-03-09 18:00Z = 11:00 PDT.
    expect(shipBy(inLa('2026-03-07T10:00:00'), { type: '48h' }, LA)).toBe(inLaSummer('2026-03-09T11:00:00'));
  });

  it('adds a merchant-set number of hours, fractions included', () => {
    expect(shipBy(inSh('2026-11-25T10:00:00'), { type: 'hours', hours: 2 }, SH)).toBe(inSh('2026-11-25T12:00:00'));
    // 2.5 h = 2 h 30 min
    expect(shipBy(inLa('2026-11-25T22:00:00'), { type: 'hours', hours: 2.5 }, LA)).toBe(inLa('2026-11-26T00:30:00'));
  });
});

describe('shipBy: business days (weekends do not count)', () => {
  it('paid Monday 10:00 → Wednesday 23:59:59.999', () => {
    expect(shipBy(inSh('2026-11-23T10:00:00'), twoBusinessDays, SH)).toBe(inSh('2026-11-25T23:59:59.999'));
    expect(shipBy(inLa('2026-11-23T10:00:00'), twoBusinessDays, LA)).toBe(inLa('2026-11-25T23:59:59.999'));
  });

  it('paid Friday → Tuesday (Saturday and Sunday skipped)', () => {
    expect(shipBy(inSh('2026-11-27T10:00:00'), twoBusinessDays, SH)).toBe(inSh('2026-12-01T23:59:59.999'));
    expect(shipBy(inLa('2026-11-27T10:00:00'), twoBusinessDays, LA)).toBe(inLa('2026-12-01T23:59:59.999'));
  });

  it('paid Saturday or Sunday → Tuesday (Monday is the first business day)', () => {
    expect(shipBy(inSh('2026-11-28T10:00:00'), twoBusinessDays, SH)).toBe(inSh('2026-12-01T23:59:59.999'));
    expect(shipBy(inSh('2026-11-29T10:00:00'), twoBusinessDays, SH)).toBe(inSh('2026-12-01T23:59:59.999'));
  });

  it('paid after the cut-off counts from the next day: one more day', () => {
    // Cut-off 16:00. Mon 17:00 counts from Tue → Wed (1), Thu (2); the deadline is the end of the cut-off minute.
    expect(shipBy(inSh('2026-11-23T17:00:00'), twoBusinessDaysBy16, SH)).toBe(inSh('2026-11-26T16:00:59.999'));
    // Mon 15:00, before the cut-off → Wed.
    expect(shipBy(inSh('2026-11-23T15:00:00'), twoBusinessDaysBy16, SH)).toBe(inSh('2026-11-25T16:00:59.999'));
    // Thu 17:00 counts from Fri → Mon (1), Tue (2); before the cut-off Thu → Fri (1), Mon (2).
    expect(shipBy(inLa('2026-11-26T17:00:00'), twoBusinessDaysBy16, LA)).toBe(inLa('2026-12-01T16:00:59.999'));
    expect(shipBy(inLa('2026-11-26T15:00:00'), twoBusinessDaysBy16, LA)).toBe(inLa('2026-11-30T16:00:59.999'));
  });

  it('lands on the right local day across the autumn daylight-saving change in Los Angeles', () => {
    // Paid Fri 2026-10-30 10:00 PDT; Sunday 11-01 falls back to PST → Tue 2026-11-03 23:59:59.999 PST.
    expect(shipBy(inLaSummer('2026-10-30T10:00:00'), twoBusinessDays, LA)).toBe(inLa('2026-11-03T23:59:59.999'));
  });
});
