import { describe, expect, it } from 'vitest';
import { ruleClockFor } from '../../../../core/model/rule-clock';
import { shipBy } from '../../../../core/model/ship-by';
import { fillDeadlines } from '../../../../core/model/ship-by-orders';
import { ordersFromRows } from '../../../../core/records/orders';
import { scoreAt, scorecardFor } from '../../../../core/scorecards';
import type { Settings } from '../../../../core/settings/settings';
import { settingsWith } from '../../helpers';

// TikTok Shop US runs its deadlines on its own clock (domain §3): 11:59 PM Pacific, federal holidays off.
// Late November 2026: Los Angeles is on PST (UTC−8), New York on EST (UTC−5); 2026-11-26 is Thanksgiving.
const inLa = (local: string) => Date.parse(`${local}-08:00`);
const inNy = (local: string) => Date.parse(`${local}-05:00`);
const tiktokShop = (timezone: string): Settings =>
  settingsWith((s) => {
    s.scorecard = 'tiktok-us-2026';
    s.timezone = timezone;
    s.promise = { type: 'business-days', days: 2, cutoff: '23:59' };
  });

const deadlineOf = (paidAt: number, s: Settings) => {
  const clock = ruleClockFor(s);
  return shipBy(paidAt, s.promise, clock.timeZone, clock.isBusinessDay);
};

describe('the platform’s rule clock', () => {
  it('gives a New York warehouse the Pacific cut-off, the same deadline as a Los Angeles one', () => {
    // Paid Mon 30 Nov 01:30 in New York = Sun 29 Nov 22:30 Pacific, before the cut-off: counted from Sunday,
    // 2 business days → Mon 30, Tue 1 Dec → Tue 1 Dec 23:59:59.999 Pacific.
    const paid = inNy('2026-11-30T01:30:00');
    const expected = inLa('2026-12-01T23:59:59.999');
    expect(deadlineOf(paid, tiktokShop('America/New_York'))).toBe(expected);
    expect(deadlineOf(paid, tiktokShop('America/Los_Angeles'))).toBe(expected);
    // On the warehouse's own clock it would have been Wed 2 Dec 23:59 New York: a day too generous.
    expect(expected).toBeLessThan(inNy('2026-12-02T23:59:59.999'));
  });

  it('skips Thanksgiving and the weekend in the week of Thanksgiving', () => {
    // Paid Wed 25 Nov 10:00 Pacific: Thu 26 (Thanksgiving) skipped, Fri 27 is the 1st business day,
    // Sat–Sun skipped, Mon 30 the 2nd → Mon 30 Nov 23:59:59.999 Pacific (not Fri 27).
    expect(deadlineOf(inLa('2026-11-25T10:00:00'), tiktokShop('America/Los_Angeles'))).toBe(
      inLa('2026-11-30T23:59:59.999'),
    );
  });

  it('keeps the shop’s own zone for a card without a rule clock', () => {
    const s = settingsWith((x) => {
      x.scorecard = 'tiktok-sea-2026';
      x.timezone = 'Asia/Bangkok';
    });
    expect(ruleClockFor(s).timeZone).toBe('Asia/Bangkok');
  });
});

describe('TikTok’s deliver-by date', () => {
  const s = tiktokShop('America/New_York');
  const card = scorecardFor('tiktok-us-2026');

  it('is 6 business days from the order date, not from the pickup, on the rule clock', () => {
    // Ordered Mon 23 Nov 10:00 Pacific: Tue 24 (1), Wed 25 (2), Thu 26 Thanksgiving skipped, Fri 27 (3),
    // Mon 30 (4), Tue 1 Dec (5), Wed 2 Dec (6) → Wed 2 Dec 23:59:59.999 Pacific, whenever it was picked up.
    const paidAt = inLa('2026-11-23T10:00:00');
    const o = ordersFromRows([
      { paidAt, createdAt: paidAt, shippedAt: inLa('2026-11-24T12:00:00') },
      { paidAt, createdAt: paidAt, shippedAt: inLa('2026-11-30T12:00:00') },
    ]);
    fillDeadlines(o, s, card);
    expect(o.deliverBy[0]).toBe(inLa('2026-12-02T23:59:59.999'));
    expect(o.deliverBy[1]).toBe(inLa('2026-12-02T23:59:59.999'));
  });

  it('counts an order never shipped as late once due, and a cancelled one not at all', () => {
    // Three orders of Mon 23 Nov, scored on Fri 4 Dec: one delivered Tue 1 Dec (on time), one never
    // shipped (due Wed 2 Dec: late), one cancelled (not due). OTDR = 1 on time ÷ 2 due = 0.5.
    const paidAt = inLa('2026-11-23T10:00:00');
    const o = ordersFromRows([
      { paidAt, createdAt: paidAt, shippedAt: inLa('2026-11-24T12:00:00'), deliveredAt: inLa('2026-12-01T15:00:00') },
      { paidAt, createdAt: paidAt },
      { paidAt, createdAt: paidAt, cancelledAt: inLa('2026-11-23T11:00:00') },
    ]);
    fillDeadlines(o, s, card);
    expect(Number.isNaN(o.deliverBy[2])).toBe(true);
    const r = scoreAt(card, o, inLa('2026-12-04T12:00:00'), s.timezone);
    expect(r.indicators.otdr.value).toBe(0.5);
  });
});

describe('platform-announced extensions', () => {
  it('move a TikTok 2-business-day deadline a day later, and the cache follows the settings', () => {
    // Paid Mon 30 Nov 10:00 Pacific: Tue 1 Dec (1), Wed 2 Dec (2) → Wed 2 Dec 23:59:59.999 Pacific.
    // With 1 Dec announced as no business day: Wed 2 (1), Thu 3 (2) → Thu 3 Dec 23:59:59.999.
    const paid = inLa('2026-11-30T10:00:00');
    const plain = tiktokShop('America/Los_Angeles');
    const extended: Settings = {
      ...plain,
      calendar: { platformExtensions: ['2026-12-01'], warehouseClosed: [], carrierClosed: [] },
    };
    expect(deadlineOf(paid, plain)).toBe(inLa('2026-12-02T23:59:59.999'));
    expect(deadlineOf(paid, extended)).toBe(inLa('2026-12-03T23:59:59.999'));
    // The same card and zone without the extension again: the cached clock has no extension in it.
    expect(deadlineOf(paid, plain)).toBe(inLa('2026-12-02T23:59:59.999'));
  });

  it('apply on a card without a rule clock too (the shop’s zone, weekends off)', () => {
    // TikTok SEA, 2 business days, paid Mon 30 Nov 10:00 Shanghai → Wed 2 Dec; 1 Dec extended → Thu 3 Dec.
    const s = settingsWith((x) => {
      x.scorecard = 'tiktok-sea-2026';
      x.timezone = 'Asia/Shanghai';
      x.promise = { type: 'business-days', days: 2, cutoff: '23:59' };
      x.calendar = { platformExtensions: ['2026-12-01'], warehouseClosed: [], carrierClosed: [] };
    });
    expect(deadlineOf(Date.parse('2026-11-30T10:00:00+08:00'), s)).toBe(Date.parse('2026-12-03T23:59:59.999+08:00'));
  });
});

describe('extension days in the order history', () => {
  it('move the deadlines filled for imported orders too', () => {
    // Paid Mon 30 Nov 10:00 Pacific, 2 business days: Wed 2 Dec; with 1 Dec extended: Thu 3 Dec. The
    // deliver-by date moves a day as well: 6 business days → Tue 8 Dec, with the extension Wed 9 Dec.
    const paidAt = inLa('2026-11-30T10:00:00');
    const s = tiktokShop('America/Los_Angeles');
    s.calendar = { platformExtensions: ['2026-12-01'], warehouseClosed: [], carrierClosed: [] };
    const o = ordersFromRows([{ paidAt, createdAt: paidAt }]);
    fillDeadlines(o, s, scorecardFor('tiktok-us-2026'));
    expect(o.shipBy[0]).toBe(inLa('2026-12-03T23:59:59.999'));
    expect(o.deliverBy[0]).toBe(inLa('2026-12-09T23:59:59.999'));
  });
});
