import { describe, expect, it } from 'vitest';
import { deliveryFromHistory, fasterCarrierIn } from '../../../../core/model/carrier-figures';
import type { CarrierCard } from '../../../../core/model/carriers';
import { assumedFigures } from '../../../../core/outlook/assumptions';
import { actionsFor } from '../../../../core/outlook/levers';
import type { Situation } from '../../../../core/outlook/monte-carlo';
import { outlook } from '../../../../core/outlook/outlook';
import { arrivals, settingsWith, sh } from '../../helpers';

const rate = (value: number, n: number) => ({ value, low: value - 0.05, high: Math.min(1, value + 0.05), n });
const card = (carrier: string, orders: number, onTime: number | null, p50: number | null): CarrierCard => ({
  carrier,
  orders,
  pickupPunctuality: null,
  firstPickupShare: null,
  transitHours: p50 === null ? null : { p50, p90: p50 + 20, n: orders - 10 },
  onTimeDelivery: onTime === null ? null : rate(onTime, orders - 10),
  faultReturns: null,
});
// SF is the main carrier (most orders): 97 % on time of 90 delivered, 40 h median transit of 90.
// YTO is faster and as punctual: 30 h, 98 % of 40. ZTO has too little data (nulls).
const cards = [card('SF', 100, 0.97, 40), card('YTO', 50, 0.98, 30), card('ZTO', 10, null, null)];
const delivery = (s: ReturnType<typeof settingsWith>) => s.stages.delivery;

describe('the delivery stage from carrier scorecards', () => {
  it("runs on the main carrier's measured figures in place of the assumed defaults", () => {
    const { settings, basis } = deliveryFromHistory(settingsWith(), cards);
    expect(delivery(settings)).toEqual({ onTimeRate: 0.97, meanTransitHours: 40 });
    expect(basis).toEqual({ carrier: 'SF', onTime: { value: 0.97, n: 90 }, transitHours: { value: 40, n: 90 } });
    expect(assumedFigures(settingsWith(), basis)).toContain(
      'delivery measured in your history (SF): on time 97 % of 90 delivered, 40 h median transit of 90, not assumed',
    );
    expect(assumedFigures(settingsWith(), basis).join()).not.toContain('assumed default');
  });

  it('keeps a figure the seller set, and the defaults (marked assumed) when the history has too little', () => {
    const set = settingsWith((s) => {
      s.stages.delivery.onTimeRate = 0.9;
    });
    expect(delivery(deliveryFromHistory(set, cards).settings)).toEqual({ onTimeRate: 0.9, meanTransitHours: 40 });
    const thin = deliveryFromHistory(settingsWith(), [card('ZTO', 10, null, null)]);
    expect(thin.basis).toBeNull();
    expect(delivery(thin.settings)).toEqual({ onTimeRate: 0.93, meanTransitHours: 52 });
    expect(assumedFigures(thin.settings, thin.basis)).toEqual(
      expect.arrayContaining(['carrier on time 93 % (assumed default)', '52 h mean transit (assumed default)']),
    );
  });

  it('suggests the fastest measured carrier at least as punctual, by name and with its figures', () => {
    const { settings } = deliveryFromHistory(settingsWith(), cards);
    expect(fasterCarrierIn(settings, cards, 'SF')).toEqual({
      carrier: 'YTO',
      onTimeRate: 0.98,
      transitHours: 30,
      n: 40,
    });
    const action = actionsFor(settings, { cards, current: 'SF' }).find((a) => a.id === 'faster-carrier');
    expect(action?.label).toBe('Switch to YTO (your history: 30 h median transit, 98 % on time, 40 orders)');
    expect(action?.stage).toBe('delivery');
    expect(action?.scenario.settings.stages.delivery).toEqual({ onTimeRate: 0.98, meanTransitHours: 30 });
  });

  it('falls back to an assumed improvement, and says so, when no faster carrier is measured', () => {
    const { settings } = deliveryFromHistory(settingsWith(), cards);
    const only = [cards[0]];
    const action = actionsFor(settings, { cards: only, current: 'SF' }).find((a) => a.id === 'faster-carrier');
    expect(action?.label).toBe(
      'Switch to a faster carrier (−25 % transit, +3 pt on time: assumed default, no faster carrier measured)',
    );
    // 40 h × 0.75 = 30 h; 97 % + 3 pt = 100 %, capped at 99 %.
    expect(action?.scenario.settings.stages.delivery).toEqual({ onTimeRate: 0.99, meanTransitHours: 30 });
  });

  it('moves the predicted score with the measured on-time rate', () => {
    // 200 orders at Wed 10:00 in a shop with no history: a carrier measured at 50 % on time must predict a
    // lower score than the assumed 93 % (the waybill on-time indicator drops to its lowest band).
    const sit: Situation = {
      t0: sh('2026-11-25', '10:00'),
      nowIndex: 0,
      known: arrivals(1, { 0: 200 }),
      forecast: new Float64Array(0),
    };
    const s = settingsWith((x) => {
      x.model.samples = 30;
    });
    const assumed = outlook(sit, s, { seed: 1 });
    const measured = outlook(sit, s, { seed: 1, carriers: [card('Slow Co', 200, 0.5, 52)] });
    expect(measured.score?.p50).toBeLessThan(assumed.score?.p50 as number);
    expect(measured.assumptions).toContainEqual(
      expect.stringMatching(/^delivery measured in your history \(Slow Co\): on time 50 %/),
    );
  });
});
