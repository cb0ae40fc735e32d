// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type Catalogue, cardLabel, loadLanguage, say } from '../../../../components/i18n';
import type { Phrase } from '../../../../core/lib/phrase';
import { deliveryFromHistory } from '../../../../core/model/carrier-figures';
import type { CarrierCard } from '../../../../core/model/carriers';
import { fillDeadlines } from '../../../../core/model/ship-by-orders';
import { assumedFigures, assumedPhrases } from '../../../../core/outlook/assumptions';
import { attribute, LEVERS, withTopAction } from '../../../../core/outlook/attribution';
import { actionsFor } from '../../../../core/outlook/levers';
import type { Situation } from '../../../../core/outlook/monte-carlo';
import { outlook } from '../../../../core/outlook/outlook';
import { simulateStream } from '../../../../core/outlook/simulate-stream';
import { type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { actualAttribution } from '../../../../core/report/actual-attribution';
import { lateRules } from '../../../../core/report/late-stages';
import { cardFor, scorecards } from '../../../../core/scorecards';
import { promisePhrase } from '../../../../core/settings/promise-words';
import type { ShippingPromise } from '../../../../core/settings/settings';
import en from '../../../../public/_locales/en/messages.json';
import zh from '../../../../public/_locales/zh_CN/messages.json';
import { arrivals, settingsWith, sh } from '../../helpers';

/**
 * The sentences core builds (suggested actions, the attribution sentences, the assumed figures) carry a
 * phrase beside their English text: rendered with the English catalogue it must be that text exactly
 * (the popup, the report and the replay CLI keep their words), and every key must be in both catalogues.
 */
const load = async (lang: string): Promise<Catalogue> => (lang === 'zh_CN' ? zh : {});
const MISSING = '<missing>';
const keys = (p: Phrase): string[] => [p.key, ...p.params.flatMap((x) => (typeof x === 'string' ? [] : keys(x)))];
/** Each text against its phrase: the English rendering is the text, and the keys are in both catalogues. */
function sameInEnglish(pairs: [string, Phrase | undefined][]) {
  expect(pairs.length).toBeGreaterThan(0);
  for (const [text, p] of pairs) {
    expect(p, text).toBeDefined();
    if (!p) continue;
    for (const k of keys(p)) {
      expect(k in en && k in zh, k).toBe(true);
    }
    expect(say(p, MISSING)).toBe(text);
  }
}
const actionPhrase = (a: { key?: string; params?: Phrase['params'] }): Phrase | undefined =>
  a.key === undefined ? undefined : { key: a.key, params: a.params ?? [] };

const rate = (value: number, n: number) => ({ value, low: value - 0.05, high: Math.min(1, value + 0.05), n });
const carrier = (name: string, orders: number, onTime: number, p50: number): CarrierCard => ({
  carrier: name,
  orders,
  pickupPunctuality: null,
  firstPickupShare: null,
  transitHours: { p50, p90: p50 + 20, n: orders - 10 },
  onTimeDelivery: rate(onTime, orders - 10),
  faultReturns: null,
});
const carriers = [carrier('SF', 1200, 0.97, 40), carrier('YTO', 50, 0.98, 30)];

const T0 = sh('2026-11-25', '10:00');
const sit = (orders: number): Situation => ({
  t0: T0,
  nowIndex: 0,
  known: arrivals(1, { 0: orders }),
  forecast: new Float64Array(0),
});
// One packer on a promise of 2 hours: every late order is pick & pack's, and more packers avoid some.
const noPackers = settingsWith((x) => {
  x.promise = { type: 'hours', hours: 2 };
  x.stages.pickPack.shifts = [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 1 }];
  x.stages.ship.pickups = Array.from({ length: 24 }, (_, h) => ({
    time: `${String(h).padStart(2, '0')}:30`,
    maxParcels: 1e6,
  }));
  x.model.samples = 30;
});

describe('English stays as core writes it', () => {
  afterEach(() => loadLanguage('auto'));

  it('renders every suggested action, each promise and the measured faster carrier as their labels', () => {
    const promises: ShippingPromise[] = [
      { type: 'same-day', cutoff: '16:00' },
      { type: 'next-day' },
      { type: '48h' },
      { type: 'hours', hours: 72 },
      { type: 'business-days', days: 2, cutoff: '23:59' } as ShippingPromise,
    ];
    for (const promise of promises) {
      const s = settingsWith((x) => {
        x.promise = promise;
      });
      sameInEnglish(actionsFor(s).map((a) => [a.label, actionPhrase(a)]));
      expect(promisePhrase(promise).key).toMatch(/^dispatch_/);
    }
    const { settings } = deliveryFromHistory(settingsWith(), carriers);
    const measured = actionsFor(settings, { cards: carriers, current: 'SF' });
    expect(measured.find((a) => a.id === 'faster-carrier')?.label).toContain('Switch to YTO');
    sameInEnglish(measured.map((a) => [a.label, actionPhrase(a)]));
  });

  it('renders the predicted attribution sentence, with and without its top action, and its levers', () => {
    const a = attribute(sit(300), noPackers, { seed: 1 });
    const none = attribute(sit(0), noPackers, { seed: 1 });
    const ranked = simulateStream(sit(300), noPackers, { seed: 1, actions: actionsFor(noPackers) }).actions;
    const linked = withTopAction(a, ranked);
    expect(linked.summary).toContain('would avoid');
    sameInEnglish([
      [a.summary, a.sentence],
      [none.summary, none.sentence],
      [linked.summary, linked.sentence],
    ]);
    sameInEnglish(a.stages.map((st) => [st.levers, { key: st.leversKey ?? '', params: [] }]));
    expect(a.stages.map((st) => st.levers)).toEqual(Object.values(LEVERS));
  });

  it('renders the actual attribution sentence in each of its shapes, and its levers', () => {
    const settings = settingsWith((s) => {
      s.promise = { type: 'hours', hours: 24 };
    });
    const card = cardFor(settings);
    const now = sh('2026-12-02', '12:00');
    const actual = (rows: (OrderRow & { rtsAt?: number })[], withRts = true) => {
      const o = ordersFromRows(rows);
      fillDeadlines(o, settings, card);
      const rts = withRts ? Float64Array.from(rows, (r) => r.rtsAt ?? Number.NaN) : undefined;
      const all = rows.map((_, i) => i);
      return actualAttribution(o, all, lateRules(o, settings, now, rts), card, null, settings.timezone);
    };
    const scanned = (at: number) => ({ shippedAt: at, deliveredAt: at + 30 * 3_600_000 });
    const lateDelivery = (n: number) =>
      Array.from({ length: n }, () => ({
        paidAt: T0,
        rtsAt: sh('2026-11-25', '15:00'),
        shippedAt: sh('2026-11-25', '17:05'),
        deliveredAt: sh('2026-11-29', '10:00'),
      }));
    const shapes = [
      actual([{ paidAt: T0, rtsAt: sh('2026-11-25', '16:00'), ...scanned(sh('2026-11-25', '17:05')) }]),
      actual(lateDelivery(1)),
      actual(lateDelivery(2)),
      actual([{ paidAt: T0 }, ...lateDelivery(1)]),
      actual([{ paidAt: T0, rtsAt: sh('2026-11-25', '12:00'), ...scanned(sh('2026-11-26', '11:05')) }]),
      actual([{ paidAt: T0, ...scanned(sh('2026-11-26', '11:05')) }], false),
    ];
    expect(new Set(shapes.map((a) => a.sentence.key)).size).toBe(4);
    sameInEnglish(shapes.map((a) => [a.summary, a.sentence]));
    sameInEnglish(shapes[5].stages.map((st) => [st.levers, { key: st.leversKey ?? '', params: [] }]));
  });

  it('renders the assumed figures, the defaults and the measured delivery', () => {
    const { settings, basis } = deliveryFromHistory(settingsWith(), carriers);
    for (const [s, b] of [
      [settingsWith(), null],
      [settings, basis],
      [settings, basis && { ...basis, transitHours: null }],
      [settings, basis && { ...basis, onTime: null }],
    ] as const) {
      const texts = assumedFigures(s, b);
      const phrases = assumedPhrases(s, b);
      expect(phrases).toHaveLength(texts.length);
      sameInEnglish(texts.map((text, i) => [text, phrases[i]]));
    }
  });

  it("shows the cards' English labels and the scorecard id in English", () => {
    for (const card of Object.values(scorecards)) {
      for (const line of [...card.indicators, ...card.thresholds, ...card.storeLimits]) {
        expect(cardLabel(line)).toBe(line.label);
      }
      sameInEnglish([[card.id, { key: `outlook_card_${card.id.replaceAll('-', '_')}`, params: [] }]]);
    }
  });
});

describe('简体中文 from the catalogue', () => {
  afterEach(() => loadLanguage('auto'));

  it('says an action, the attribution sentence with its action, and a flag in Chinese', async () => {
    const s = settingsWith();
    const o = outlook(sit(300), noPackers, { seed: 1, attribution: true, card: scorecards['douyin-2026-07'] });
    const pickup = actionsFor(s).find((a) => a.id === 'extra-pickup');
    await loadLanguage('zh_CN', load);
    expect(say(pickup && actionPhrase(pickup), MISSING)).toBe('加约一次 20:00 的快递揽收');
    const promise = actionsFor(s).find((a) => a.id === 'longer-promise');
    expect(say(promise && actionPhrase(promise), MISSING)).toBe('新订单承诺改为 72 小时内发货');
    const a = o.attribution;
    expect(a?.sentence?.key).toBe('attribution_summary_action');
    const said = say(a?.sentence, MISSING);
    expect(said).toMatch(
      /^预计 [\d,]+ 单延迟订单中，\d+ % 卡在拣货打包环节（人手：增加打包员、延长班次、提前打包爆款）；“每个班次增加 2 名打包员”可避免其中 [\d,]+ 单。$/,
    );
    const flag = {
      id: 'below-70',
      label: 'Score below 70…',
      labelZh: scorecards['douyin-2026-07'].thresholds[0].labelZh,
    };
    expect(cardLabel(flag)).toBe(
      '物流分项低于 70（70 分线是总分规则：近 7 日均分连续 7 天低于 70，店铺将无法报名大促活动）',
    );
    expect(cardLabel(scorecards['douyin-2026-07'].storeLimits[0])).toContain('单日延迟发货率 ≥ 30 %');
    expect(say({ key: 'outlook_card_douyin_2026_07', params: [] }, MISSING)).toBe('抖音 100 分制，2026-07 规则');
  });

  it('falls back to the English text when a key is unknown (an action without a phrase, an old estimate)', async () => {
    await loadLanguage('zh_CN', load);
    expect(say({ key: 'action_from_the_future', params: [] }, 'English label')).toBe('English label');
    expect(say({ key: 'attribution_summary_action', params: ['1', '2', { key: '', params: [] }] }, 'English')).toBe(
      'English',
    );
    expect(say(undefined, 'stored English')).toBe('stored English');
    expect(cardLabel({ label: 'An edited line' })).toBe('An edited line');
  });
});
