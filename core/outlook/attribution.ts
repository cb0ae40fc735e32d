import { type Phrase, phrase } from '../lib/phrase';
import { formatClock } from '../lib/time';
import type { Settings } from '../settings/settings';
import type { Action, ActionStage } from './levers';
import type { Situation } from './monte-carlo';
import { type RankedAction, type SampleScorer, simulateStream } from './simulate-stream';

/**
 * Which fulfilment stage the late orders and lost points come from, by counterfactual removal: give one
 * stage unlimited capacity, count the late orders (and points) that disappear; then share what no single
 * removal explains (stages that are only a problem together, or that overlap) in proportion, so the
 * parts add up to the whole and a seller can check them against the what-ifs.
 *
 * Unlimited means: order receipt instant; packing without limit; a carrier pickup every 15 minutes
 * without a parcel limit (a parcel waits at most a quarter hour); every waybill delivered on time.
 * Ship & transport and delivery are the logistics partner's levers, receipt and pick & pack IT and
 * staffing levers (the seed study's split).
 */
export type StageAttribution = {
  stage: ActionStage;
  late: number;
  points: number | null;
  levers: string;
  /** The levers' message key (`levers_…`), for the faces' other language. */
  leversKey?: string;
};
export type Attribution = {
  late: number;
  points: number | null;
  stages: StageAttribution[];
  /** One sentence a seller understands, naming the stage that costs most. */
  summary: string;
  /** The summary as a phrase (core/lib/phrase.ts): stage names and levers are `attribution_stage_…`, `levers_…`. */
  sentence: Phrase;
};

export const LEVERS: Record<ActionStage, string> = {
  receipt: 'IT: automatic order intake, batch label printing',
  pickPack: 'staffing: more packers, longer shifts, pre-packing the top products',
  shipTransport: 'logistics partner: an extra or later pickup, a higher parcel limit',
  delivery: 'logistics partner: a faster or more reliable carrier',
};

export const STAGE_NAME: Record<ActionStage, string> = {
  receipt: 'order receipt',
  pickPack: 'pick & pack',
  shipTransport: 'ship & transport',
  delivery: 'order delivery',
};

function unlimited(s: Settings, stage: ActionStage): Settings {
  const st = s.stages;
  switch (stage) {
    case 'receipt':
      return { ...s, stages: { ...st, receipt: { mode: 'auto' } } };
    case 'pickPack':
      return {
        ...s,
        stages: {
          ...st,
          pickPack: {
            ordersPerPackerHour: 1e9,
            shifts: [{ days: 'Mon-Sun', start: '00:00', end: '00:00', packers: 1 }],
          },
        },
      };
    case 'shipTransport':
      return {
        ...s,
        stages: {
          ...st,
          ship: { pickups: Array.from({ length: 96 }, (_, k) => ({ time: formatClock(k * 15), maxParcels: 1e9 })) },
        },
      };
    case 'delivery':
      return { ...s, stages: { ...st, delivery: { ...st.delivery, onTimeRate: 1 } } };
  }
}

const STAGES: ActionStage[] = ['receipt', 'pickPack', 'shipTransport', 'delivery'];

export function attribute(
  sit: Situation,
  settings: Settings,
  opts: { seed: number; scorer?: SampleScorer; handlingCapacityPerDay?: number },
): Attribution {
  const removal = (id: string, s: Settings): Action => ({
    id,
    label: id,
    stage: 'receipt',
    scenario: { id, settings: s, forecastFactor: 1 },
  });
  const all = STAGES.reduce(unlimited, settings);
  const p = simulateStream(sit, settings, {
    ...opts,
    actions: [...STAGES.map((st) => removal(st, unlimited(settings, st))), removal('all', all)],
  });
  const by = (id: string) => p.actions.find((a) => a.id === id);
  // The total is the headline figure every face shows (the plan's P50), shared out in proportion to the
  // stages' expected effects: a sentence under "Late predicted 145" speaks of the same 145.
  const late = p.lateAll.p50;
  const points = opts.scorer ? Math.max(0, by('all')?.scoreGain ?? 0) : null;
  // A stage can only share what it could change: not one already unlimited (receipt in auto mode), and
  // for late dispatches not delivery, which comes after the pickup scan.
  const changes = STAGES.map((st) => JSON.stringify(unlimited(settings, st)) !== JSON.stringify(settings));
  const lateAlone = STAGES.map((st) => Math.max(0, by(st)?.lateAvoided ?? 0));
  const lateParts = share(
    late,
    lateAlone,
    STAGES.map((st, i) => changes[i] && st !== 'delivery'),
  );
  const pointAlone = STAGES.map((st) => Math.max(0, by(st)?.scoreGain ?? 0));
  const pointParts = points === null ? null : share(points, pointAlone, changes);
  const lateWhole = roundToSum(lateParts, late, 1);
  const pointTenths = pointParts === null || points === null ? null : roundToSum(pointParts, points, 10);
  const stages = STAGES.map((stage, i) => ({
    stage,
    late: lateWhole[i],
    points: pointTenths === null ? null : pointTenths[i],
    levers: LEVERS[stage],
    leversKey: leversPhrase(stage).key,
  }));
  return { late, points, stages, ...summarize(late, stages) };
}

/**
 * Splits `total` over the parts in proportion to what each removal alone explains; when none does alone
 * (the stages are a problem only together), equally over the stages that could change it.
 */
export function share(total: number, alone: number[], eligible: boolean[] = alone.map(() => true)): number[] {
  const sum = alone.reduce((a, b) => a + b, 0);
  if (total <= 0) return alone.map(() => 0);
  if (sum > 0) return alone.map((a) => (total * a) / sum);
  const n = eligible.filter(Boolean).length;
  return n === 0 ? alone.map(() => total / alone.length) : alone.map((_, i) => (eligible[i] ? total / n : 0));
}

/**
 * Rounds the parts to 1/`unit` so that they still add up to the rounded total (largest remainder first):
 * a seller adding up the stages must land on the total.
 */
export function roundToSum(parts: number[], total: number, unit: number): number[] {
  const target = Math.round(total * unit);
  const floors = parts.map((p) => Math.floor(p * unit));
  let left = target - floors.reduce((a, b) => a + b, 0);
  const order = parts.map((p, i) => [p * unit - floors[i], i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors.map((f) => f / unit);
}

/** The stage holding most late orders (the first in stage order on a tie). */
const topStage = (stages: StageAttribution[]) => [...stages].sort((a, b) => b.late - a.late)[0];

/**
 * Links the sentence to the suggested actions: the one acting on the stage that holds most late orders
 * and avoiding most of them, with what it avoids ("…; "Book an extra carrier pickup at 20:00" would avoid
 * 410 of them."). Unchanged when no action on that stage helps.
 */
export function withTopAction(a: Attribution, actions: readonly RankedAction[]): Attribution {
  if (a.late === 0) return a;
  const stage = topStage(a.stages).stage;
  const best = actions
    .filter((x) => x.stage === stage && x.lateAvoided > 0)
    .sort((x, y) => y.lateAvoided - x.lateAvoided)[0];
  if (!best) return a;
  const avoided = Math.min(best.lateAvoided, a.late).toLocaleString('en-US');
  // An action without a phrase of its own leaves the sentence's phrase unknown to the faces: they show the English.
  const label = best.key === undefined ? phrase('') : phrase(best.key, ...(best.params ?? []));
  return {
    ...a,
    summary: `${a.summary.slice(0, -1)}; "${best.label}" would avoid ${avoided} of them.`,
    sentence: phrase('attribution_summary_action', ...a.sentence.params, label, avoided),
  };
}

function summarize(late: number, stages: StageAttribution[]): { summary: string; sentence: Phrase } {
  if (late === 0) {
    return {
      summary: 'No order is predicted to ship late: no stage is holding the stream back.',
      sentence: phrase('attribution_summary_none'),
    };
  }
  const top = topStage(stages);
  const pct = String(Math.round((100 * top.late) / late));
  const n = late.toLocaleString('en-US');
  return {
    summary: `${pct} % of the ${n} predicted late orders are held up in ${STAGE_NAME[top.stage]} (${top.levers}).`,
    sentence: phrase('attribution_summary', pct, n, stageName(top.stage), leversPhrase(top.stage)),
  };
}

/** STAGE_NAME as a phrase ("pick & pack", lower case inside a sentence). */
export const stageName = (stage: ActionStage): Phrase => phrase(`attribution_stage_${stage}`);
/** LEVERS as a phrase. */
export const leversPhrase = (stage: ActionStage): Phrase => phrase(`levers_${stage}`);
