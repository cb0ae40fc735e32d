import { type Phrase, phrase } from '../lib/phrase';
import { LEVERS, leversPhrase, roundToSum, STAGE_NAME, share } from '../outlook/attribution';
import type { ActionStage } from '../outlook/levers';
import type { OrderColumns } from '../records/orders';
import { takeRows } from '../records/take-rows';
import { addTallies, type CardTally, scoreFromTally, tallyWindow } from '../scorecards/engine';
import type { Scorecard } from '../scorecards/schema';
import { scoreWindow } from '../scorecards/window';
import { deliveredLate, type LateRules, LateStage, lateDispatchStage } from './late-stages';

/**
 * What really held a past stream's (or the scorecard window's) orders, from imported history: late
 * dispatches and late deliveries per stage by the rule of core/report/late-stages.ts (each late order belongs to
 * exactly one stage, so the parts add up), and the score points lost per stage by counterfactual removal,
 * as in core/outlook/attribution.ts: re-score with one stage's late orders picked up (or delivered) when that
 * stage would have let them go, and share what no single stage explains in proportion, so the parts add
 * up to the points all late orders cost.
 */
export type ActualStage = ActionStage | 'unknown';
export type ActualStageRow = {
  stage: ActualStage;
  lateDispatch: number;
  lateDelivery: number;
  points: number | null;
  levers: string;
  /** The levers' message key, for the faces' other language. */
  leversKey?: string;
};
export type ActualAttribution = {
  orders: number;
  lateDispatch: number;
  lateDelivery: number;
  /** Points the score at `now` lost to these orders' lateness (0 outside the window; null: no score). */
  points: number | null;
  stages: ActualStageRow[];
  summary: string;
  /** The summary as a phrase (core/lib/phrase.ts). */
  sentence: Phrase;
};

const ROWS: ActualStage[] = ['receipt', 'pickPack', 'shipTransport', 'delivery', 'unknown'];
const LEVER: Record<ActualStage, string> = {
  ...LEVERS,
  receipt: `${LEVERS.receipt} (not measured: no export dates the warehouse's intake)`,
  unknown: 'import an export with ready-to-ship times (TikTok "RTS Time") to tell packing from pickup',
};
const LEVER_KEY: Record<ActualStage, string> = {
  receipt: 'levers_receipt_actual',
  pickPack: leversPhrase('pickPack').key,
  shipTransport: leversPhrase('shipTransport').key,
  delivery: leversPhrase('delivery').key,
  unknown: 'levers_unknown',
};
const HELD: Record<ActualStage, string> = {
  receipt: 'were held in order receipt',
  pickPack: 'were not packed in time for the last pickup before their deadline',
  shipTransport: "were packed in time but missed by the carrier's pickups",
  delivery: 'were held in order delivery',
  unknown: 'cannot be placed (the export has no ready-to-ship time)',
};

/**
 * `rows`: the orders to attribute (indices into `o`, whose deadlines are filled). `rest`: the tally of
 * the other orders in the window, so the score is the whole window's (an empty tally when `rows` is it).
 */
export function actualAttribution(
  o: OrderColumns,
  rows: readonly number[],
  rules: LateRules,
  card: Scorecard,
  rest: CardTally | null,
  timeZone: string,
): ActualAttribution {
  const sub = takeRows(o, rows);
  const subRts = rules.rtsAt ? Float64Array.from(rows, (i) => rules.rtsAt?.[i] ?? Number.NaN) : undefined;
  const r = { ...rules, rtsAt: subRts };
  const late = { pickPack: [] as number[], shipTransport: [] as number[], unknown: [] as number[] };
  const fixedAt = new Float64Array(sub.length);
  const slow: number[] = [];
  for (let i = 0; i < sub.length; i++) {
    const v = lateDispatchStage(sub, i, r);
    fixedAt[i] = v.fixedShippedAt;
    if (v.stage === LateStage.pickPack) late.pickPack.push(i);
    else if (v.stage === LateStage.shipTransport) late.shipTransport.push(i);
    else if (v.stage === LateStage.unknown) late.unknown.push(i);
    if (deliveredLate(sub, i, rules.now)) slow.push(i);
  }
  const lateDispatch = late.pickPack.length + late.shipTransport.length + late.unknown.length;
  const counts: Record<ActualStage, [number, number]> = {
    receipt: [0, 0],
    pickPack: [late.pickPack.length, 0],
    shipTransport: [late.shipTransport.length, 0],
    delivery: [0, slow.length],
    unknown: [late.unknown.length, 0],
  };
  // What removing each row's stage changes: its late orders picked up in time, or the late deliveries on time.
  const removal: Removal[] = [[], late.pickPack, late.shipTransport, 'deliveries', late.unknown];
  const points = pointsLost({ sub, card, rest, timeZone, now: rules.now, fixedAt, slow }, removal);
  const stages = ROWS.map((stage, k) => ({
    stage,
    lateDispatch: counts[stage][0],
    lateDelivery: counts[stage][1],
    points: points ? points.parts[k] : null,
    levers: LEVER[stage],
    leversKey: LEVER_KEY[stage],
  }));
  return {
    orders: sub.length,
    lateDispatch,
    lateDelivery: slow.length,
    points: points ? points.total : null,
    stages,
    ...summarize(lateDispatch, slow.length, stages),
  };
}

type Removal = number[] | 'deliveries';
type Rescore = {
  sub: OrderColumns;
  card: Scorecard;
  rest: CardTally | null;
  timeZone: string;
  now: number;
  fixedAt: Float64Array;
  slow: number[];
};

/** The points each stage's lateness cost, by re-scoring with it removed; null when there is no score. */
function pointsLost(c: Rescore, removal: Removal[]): { total: number; parts: number[] } | null {
  const score = (dispatch: number[], deliver: boolean) => {
    const v = { ...c.sub, shippedAt: c.sub.shippedAt.slice(), deliveredAt: c.sub.deliveredAt.slice() };
    for (const i of dispatch) v.shippedAt[i] = c.fixedAt[i];
    if (deliver) for (const i of c.slow) v.deliveredAt[i] = c.sub.deliverBy[i];
    const t = tallyWindow(c.card, scoreWindow(v, c.card.windowDays, c.now, c.timeZone));
    return scoreFromTally(c.card, c.rest ? addTallies(c.rest, t) : t, c.now).score;
  };
  const actual = score([], false);
  if (actual === null) return null;
  const gain = (dispatch: number[], deliver: boolean) => Math.max(0, (score(dispatch, deliver) ?? actual) - actual);
  const has = (r: Removal) => (r === 'deliveries' ? c.slow.length > 0 : r.length > 0);
  const every = removal.flatMap((r) => (r === 'deliveries' ? [] : r));
  const total = removal.some(has) ? gain(every, c.slow.length > 0) : 0;
  const alone = removal.map((r) => (!has(r) ? 0 : r === 'deliveries' ? gain([], true) : gain(r, false)));
  const parts = roundToSum(share(total, alone, removal.map(has)), total, 10);
  return { total: Math.round(total * 10) / 10, parts };
}

function summarize(
  lateDispatch: number,
  lateDelivery: number,
  stages: ActualStageRow[],
): { summary: string; sentence: Phrase } {
  const n = lateDelivery.toLocaleString('en-US');
  const deliveries =
    lateDelivery === 0 ? '' : `${n} ${lateDelivery === 1 ? 'delivery' : 'deliveries'} arrived late (order delivery)`;
  const late = phrase(lateDelivery === 1 ? 'actual_deliveries_one' : 'actual_deliveries', n);
  if (lateDispatch === 0) {
    return deliveries
      ? { summary: `No order shipped late; ${deliveries}.`, sentence: phrase('actual_summary_deliveries_only', late) }
      : { summary: 'No order shipped or arrived late.', sentence: phrase('actual_summary_none') };
  }
  const top = [...stages].sort((a, b) => b.lateDispatch - a.lateDispatch)[0];
  const pct = String(Math.round((100 * top.lateDispatch) / lateDispatch));
  const name = top.stage === 'unknown' ? '' : ` (${STAGE_NAME[top.stage]})`;
  const count = lateDispatch.toLocaleString('en-US');
  const main = `${pct} % of the ${count} late dispatches ${HELD[top.stage]}${name}`;
  const held = phrase(`actual_held_${top.stage}`, pct, count);
  return deliveries
    ? { summary: `${main}; ${deliveries}.`, sentence: phrase('actual_summary_deliveries', held, late) }
    : { summary: `${main}.`, sentence: phrase('actual_summary', held) };
}
