import { describe, expect, it } from 'vitest';
import { OrderFlag, ordersFromRows } from '../../../../core/records/orders';
import { douyin202607 } from '../../../../core/scorecards/douyin-2026-07';
import { scoreAt } from '../../../../core/scorecards/engine';
import { parseScorecardOverride } from '../../../../core/scorecards/override';
import { tiktokUs2026 } from '../../../../core/scorecards/tiktok-us-2026';
import { NOW_SH, SH, sh, times } from './helpers';

// The seller's edits of back-office figures: validated by the scorecard schema, errors name the field.
const apply = (input: unknown, card = douyin202607) => parseScorecardOverride(card, input);
const message = (input: unknown, card = douyin202607) => {
  const r = apply(input, card);
  if (r.ok) throw new Error('expected the override to be refused');
  return r.message;
};

describe('parseScorecardOverride', () => {
  it('applies weights, band thresholds, flag thresholds and small-shop limits', () => {
    const steps = [
      { threshold: 0.99, points: 100 },
      { threshold: 0.9, points: 70 },
    ];
    const r = apply({
      indicators: { waybillOnTimeRate: { weight: 50, steps, otherwise: 50 }, pickupScoreAvg: { weight: 35 } },
      thresholds: { 'below-70': { value: 75 } },
      smallShop: { belowValidOrders: 300 },
      growthCheck: { value: 0.8 },
    });
    if (!r.ok) throw new Error(r.message);
    const waybill = r.scorecard.indicators.find((i) => i.id === 'waybillOnTimeRate');
    expect(waybill).toMatchObject({ weight: 50, scoring: { bands: { direction: 'higher-better', steps } } });
    expect(r.scorecard.thresholds[0].value).toBe(75);
    expect(r.scorecard.smallShop).toMatchObject({ belowValidOrders: 300, maxFaultReturns: 3 });
    expect(r.scorecard.growth.check?.value).toBe(0.8);
    expect(douyin202607.smallShop?.belowValidOrders).toBe(500); // the built-in card is untouched
  });

  it('changes the score: a flagship limit of 300 lifts the protection from a 400-order shop', () => {
    // 400 perfect orders: protected → returns 80 → 97; unprotected → 0 % → 100
    const paid = sh('2026-11-10T10:00:00');
    const row = {
      paidAt: paid,
      shippedAt: paid + 3_600_000,
      deliverBy: paid + 3 * 86_400_000,
      deliveredAt: paid + 86_400_000,
    };
    const orders = ordersFromRows(times(400, () => row));
    const r = apply({ smallShop: { belowValidOrders: 300 } });
    if (!r.ok) throw new Error(r.message);
    expect(scoreAt(douyin202607, orders, NOW_SH, SH).score).toBe(97);
    expect(scoreAt(r.scorecard, orders, NOW_SH, SH).score).toBe(100);
  });

  it('accepts an empty override as the card itself', () => {
    expect(apply({})).toEqual({ ok: true, scorecard: douyin202607 });
  });

  it('names a negative weight', () => {
    expect(message({ indicators: { waybillOnTimeRate: { weight: -1 } } })).toMatch(
      /^indicators\.waybillOnTimeRate\.weight: /,
    );
  });

  it('names a weight that is not a number', () => {
    expect(message({ indicators: { logisticsReturnRate: { weight: '15' } } })).toMatch(
      /^indicators\.logisticsReturnRate\.weight: /,
    );
  });

  it('refuses all weights at 0', () => {
    const zero = { weight: 0 };
    const input = { indicators: { pickupScoreAvg: zero, waybillOnTimeRate: zero, logisticsReturnRate: zero } };
    expect(message(input)).toBe('indicators: expected at least one weight above 0');
  });

  it('names a rate threshold given in percent', () => {
    const steps = [{ threshold: 98, points: 100 }];
    expect(message({ indicators: { waybillOnTimeRate: { steps } } })).toBe(
      'indicators.waybillOnTimeRate.steps[0].threshold: expected a rate as a fraction from 0 to 1',
    );
  });

  it('names a threshold out of order', () => {
    const steps = [
      { threshold: 0.9, points: 100 },
      { threshold: 0.95, points: 90 },
    ];
    expect(message({ indicators: { waybillOnTimeRate: { steps } } })).toMatch(
      /^indicators\.waybillOnTimeRate\.steps\[1\]\.threshold: /,
    );
  });

  it('names points outside the scale', () => {
    expect(message({ indicators: { pickupScoreAvg: { violationPoints: 20 } } })).toBe(
      'indicators.pickupScoreAvg.violationPoints: expected points within the scale 50–100',
    );
  });

  it('names a flag threshold given in percent', () => {
    expect(message({ thresholds: { 'ldr-above-4': { value: 4 } } }, tiktokUs2026)).toBe(
      'thresholds.ldr-above-4.value: expected a rate as a fraction from 0 to 1',
    );
  });

  it('names an unknown indicator, threshold or field', () => {
    expect(message({ indicators: { otdr: { weight: 1 } } })).toBe(
      'indicators.otdr: not an indicator of douyin-2026-07',
    );
    expect(message({ thresholds: { nope: { value: 1 } } })).toBe('thresholds.nope: not a threshold of douyin-2026-07');
    expect(message({ weights: {} })).toMatch(/weights/);
    expect(message({ indicators: { ldr: { label: 'x' } } }, tiktokUs2026)).toMatch(/^indicators\.ldr: .*label/);
  });

  it('refuses a table on an indicator without points', () => {
    expect(message({ indicators: { pickupOnTimeRate: { otherwise: 50 } } })).toBe(
      'indicators.pickupOnTimeRate: has no points table to change',
    );
  });

  it('refuses small-shop limits on a card without them', () => {
    expect(message({ smallShop: { belowValidOrders: 300 } }, tiktokUs2026)).toBe(
      'smallShop: tiktok-us-2026 has no small-shop protection',
    );
  });

  it('keeps a fault-return flag meaningful after an override (smoke)', () => {
    const r = apply({ smallShop: { maxFaultReturns: 0 } });
    if (!r.ok) throw new Error(r.message);
    const orders = ordersFromRows([{ paidAt: sh('2026-11-10T10:00:00'), flags: OrderFlag.logisticsFaultReturn }]);
    expect(scoreAt(r.scorecard, orders, NOW_SH, SH).indicators.logisticsReturnRate.points).toBe(50);
  });
});
