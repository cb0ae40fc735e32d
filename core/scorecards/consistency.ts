import { calendars } from './calendars';
import type { BandTable, MeasureId, Scorecard } from './schema';

/** What each measure's value is in; a card cannot relabel it. */
const unitOf: Record<MeasureId, Scorecard['indicators'][number]['unit']> = {
  pickupHoursAvg: 'hours',
  pickupScoreAvg: 'points',
  pickupOnTimeRate: 'rate',
  waybillOnTimeRate: 'rate',
  nextDayDeliveryRate: 'rate',
  logisticsReturnRate: 'rate',
  ldr: 'rate',
  otdr: 'rate',
  sfcr: 'rate',
  vtr: 'rate',
};

export type Report = (path: (string | number)[], message: string) => void;

/** Rules between a scorecard's fields that the field schemas alone cannot state; `report` names the field. */
export function consistency(card: Scorecard, report: Report): void {
  const { min, max } = card.scale;
  if (!(min < max)) report(['scale', 'max'], 'expected max above min');
  if (Number.isNaN(Date.parse(card.effectiveFrom))) report(['effectiveFrom'], 'expected a real date');
  const calendar = card.ruleClock?.calendar;
  if (calendar && !Object.hasOwn(calendars, calendar)) {
    report(['ruleClock', 'calendar'], `unknown calendar "${calendar}" (known: ${Object.keys(calendars).join(', ')})`);
  }
  const ids = card.indicators.map((i) => i.id);
  const isIndicator = (m: string) => ids.includes(m as MeasureId);
  const known = (m: string) => m === 'score' || isIndicator(m);
  const inScale = (path: (string | number)[], v: number) => {
    if (v < min || v > max) report(path, `expected points within the scale ${min}–${max}`);
  };
  card.indicators.forEach((ind, i) => {
    const at = ['indicators', i];
    if (ids.indexOf(ind.id) !== i) report([...at, 'id'], `indicator ${ind.id} appears twice`);
    if (ind.unit !== unitOf[ind.id]) report([...at, 'unit'], `expected ${unitOf[ind.id]} for ${ind.id}`);
    if (ind.window && ind.window.days > card.windowDays) {
      report([...at, 'window', 'days'], `expected at most the card's ${card.windowDays} days`);
    }
    if (ind.scoring.kind === 'none') {
      if (ind.weight !== 0) report([...at, 'weight'], 'expected 0 for an indicator without points');
      return;
    }
    if ((ind.scoring.kind === 'per-order') !== (ind.id === 'pickupScoreAvg')) {
      report([...at, 'scoring', 'kind'], 'per-order points are for pickupScoreAvg alone, and it needs them');
    }
    if (ind.scoring.kind === 'per-order') inScale([...at, 'scoring', 'violationPoints'], ind.scoring.violationPoints);
    const rate = ind.scoring.kind === 'bands' && unitOf[ind.id] === 'rate';
    checkBands(ind.scoring.bands, rate, [...at, 'scoring', 'bands'], report, inScale);
  });
  if (!card.indicators.some((i) => i.weight > 0)) report(['indicators'], 'expected at least one weight above 0');
  card.thresholds.forEach((t, i) => {
    if (!known(t.measure)) report(['thresholds', i, 'measure'], `unknown measure ${t.measure}`);
    if (unitOf[t.measure as MeasureId] === 'rate' && (t.value < 0 || t.value > 1)) {
      report(['thresholds', i, 'value'], 'expected a rate as a fraction from 0 to 1');
    }
  });
  card.bonuses.forEach((b, i) => {
    if (!isIndicator(b.measure)) report(['bonuses', i, 'measure'], `unknown indicator ${b.measure}`);
  });
  const { growth, smallShop, stars } = card;
  if (growth.fixedScore !== null) inScale(['growth', 'fixedScore'], growth.fixedScore);
  if (growth.check && !isIndicator(growth.check.measure)) report(['growth', 'check', 'measure'], 'unknown indicator');
  if (growth.check) inScale(['growth', 'check', 'failScore'], growth.check.failScore);
  if (smallShop && !isIndicator(smallShop.indicator)) report(['smallShop', 'indicator'], 'unknown indicator');
  if (smallShop) inScale(['smallShop', 'points'], smallShop.points);
  stars?.rows.forEach((r, i) => {
    if (i > 0 && !(r.minScore < stars.rows[i - 1].minScore)) {
      report(['stars', 'rows', i, 'minScore'], 'expected descending');
    }
  });
}

/** Thresholds must get stricter step by step and points must not rise as the steps get looser. */
function checkBands(
  t: BandTable,
  rate: boolean,
  at: (string | number)[],
  report: Report,
  inScale: (path: (string | number)[], v: number) => void,
): void {
  const better = t.direction === 'higher-better' ? 1 : -1;
  t.steps.forEach((s, i) => {
    const p = [...at, 'steps', i];
    if (rate && s.threshold > 1) report([...p, 'threshold'], 'expected a rate as a fraction from 0 to 1');
    inScale([...p, 'points'], s.points);
    if (i === 0) return;
    const prev = t.steps[i - 1];
    if (!((prev.threshold - s.threshold) * better > 0)) {
      report([...p, 'threshold'], `expected ${better > 0 ? 'below' : 'above'} the step before (${prev.threshold})`);
    }
    if (s.points > prev.points) report([...p, 'points'], 'expected no more points than the step before');
  });
  inScale([...at, 'otherwise'], t.otherwise);
  if (t.otherwise > t.steps[t.steps.length - 1].points) {
    report([...at, 'otherwise'], 'expected no more than the last step');
  }
}
