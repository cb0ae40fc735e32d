// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OutlookView } from '../../../../components/OutlookView';
import { Countdowns } from '../../../../components/popup/Countdowns';
import { streamFigures } from '../../../../core/faces/stream-figures';
import { computeEstimate, type Estimate } from '../../../../core/outlook/estimate';
import type { Outlook } from '../../../../core/outlook/outlook-schema';
import { defaultSettings } from '../../../../core/settings/settings';
import { sh, snap } from '../../helpers';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
const mount = (node: preact.ComponentChild) => {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return (sel: string) => root.querySelector(sel)?.textContent ?? null;
};

const outlook: Outlook = {
  scorecard: 'douyin-2026-07',
  samples: 200,
  scoreNow: 91.4,
  stageNow: 'scored',
  historyOrders: 1200,
  score: { p10: 84, p50: 86.2, p90: 88 },
  lateDispatch: { known: { p10: 0, p50: 0, p90: 0 }, all: { p10: 100, p50: 120, p90: 140 } },
  flags: [],
  mover: {
    id: 'waybillOnTimeRate',
    label: 'Waybill on-time rate',
    unit: 'rate',
    now: 0.953,
    predicted: 0.91,
    scorePoints: -3.5,
  },
  assumptions: [],
  attribution: null,
  actions: [],
};

/** The outlook as the popup renders it: beside the figures every face shows, cut from one estimate. */
const view = (o: Outlook) => {
  const e = { backlogForecast: [], atRiskByDeadline: [], outlook: o } as unknown as Estimate;
  return <OutlookView outlook={o} figures={streamFigures(e)} />;
};

describe('the popup’s outlook lines', () => {
  it('says a shop in its growth stage is not scored yet, instead of the platform’s fixed 70 (a total score)', () => {
    const $ = mount(view({ ...outlook, scoreNow: null, stageNow: 'growth' }));
    expect($('[data-testid="score-line"]')).toBe(
      'Not scored yet (growth stage: too few valid orders; the fixed 70 the platform shows is the total score) → 86.2 after this stream (P10–P90 84.0–88.0)',
    );
    expect($('h2')).toBe('Logistics sub-score (douyin-2026-07)');
  });

  it('names the indicator that moves the score most, in the unit the seller reads', () => {
    const text = mount(view(outlook));
    expect(text('[data-testid="mover"]')).toBe(
      'Moves the score most: Waybill on-time rate, 95.3 % → 91.0 % (-3.5 points)',
    );
  });

  it('names the product a product-level flag is about', () => {
    const flag = {
      id: 'product-late-25-3x7d:Hero Mug',
      label: 'Product late',
      product: { code: '', name: 'Hero Mug' },
    };
    const text = mount(view({ ...outlook, flags: [flag] }));
    expect(text('.flag')).toBe('⚠ Hero Mug: Product late');
  });

  it('says how often a flag is crossed when the outlook gives its probability', () => {
    // 0.62 of the simulations cross it → 62 %; the field comes with the lead's calibrated flags.
    const flag = { id: 'ldr', label: 'Late dispatch rate above 5 %', probability: 0.62 };
    const text = mount(view({ ...outlook, flags: [flag] }));
    expect(text('.flag')).toBe('⚠ Late dispatch rate above 5 % (in 62 % of the simulations)');
  });

  it('says beside the indicator the window it is measured over, and when that window is assumed', () => {
    const mover = { ...(outlook.mover as NonNullable<Outlook['mover']>), window: { days: 7, assumed: true } };
    const text = mount(view({ ...outlook, mover }));
    expect(text('[data-testid="mover"]')).toBe(
      'Moves the score most: Waybill on-time rate (over 7 days, assumed: seller guides, no rule page), 95.3 % → 91.0 % (-3.5 points)',
    );
  });

  it('lists the orders at risk by ship-by deadline when there is more than one', () => {
    // 100 orders first read at 10:01 and 40 more at 10:41, nobody packing, a 2-hour promise: due 12:01
    // and 12:41, all 140 at risk.
    const t0 = sh('2026-11-25', '10:00');
    const settings = { ...defaultSettings, promise: { type: 'hours' as const, hours: 2 } };
    settings.stages = { ...settings.stages, pickPack: { ...settings.stages.pickPack, shifts: [] } };
    const e = computeEstimate(
      [snap(0, t0, 0), snap(1, t0 + 60_000, 100), snap(2, t0 + 40 * 60_000, 100), snap(3, t0 + 41 * 60_000, 140)],
      settings,
      t0 + 45 * 60_000,
    );
    expect(e.atRiskByDeadline.map((g) => g.orders)).toEqual([100, 40]);
    const text = mount(<Countdowns figures={streamFigures(e)} now={e.at} />);
    expect(text('[data-testid="risk-by-deadline"]')).toBe(
      'At risk, by ship-by deadline: 12:01 100 orders · 12:41 40 orders',
    );
  });
});
