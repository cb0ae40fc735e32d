import { DAY } from '../lib/time';
import { fillDeadlines } from '../model/ship-by-orders';
import type { OrderColumns } from '../records/orders';
import { cardFor } from '../scorecards';
import { flagOf, scoreAt } from '../scorecards/engine';
import type { Settings } from '../settings/settings';

/** At most about this many days are scored, whatever the span: a 90-day window is drawn every other day. */
const MAX_POINTS = 60;

export type ScorePath = {
  scorecard: string;
  windowDays: number;
  scale: { min: number; max: number };
  /** The score at each instant from the imported history; null where the platform would show none. */
  at: number[];
  score: (number | null)[];
  /** The card's lines on the score itself (e.g. Douyin's "below 70"), drawn across the chart. */
  thresholds: { id: string; label: string; labelZh?: string; comparison: 'lt' | 'lte' | 'gt' | 'gte'; value: number }[];
  /** The card's lines on its indicators (TikTok's LDR, OTDR…): named in words, not drawn. */
  indicatorThresholds: string[];
};

/**
 * The score's path from the imported order history: the scorecard's score at one instant a day (or every
 * few days) from `from` to `to`, each over its own window, so a stream is seen entering the window and,
 * `windowDays` later, leaving it. Fills the orders' ship-by deadlines from the settings first.
 */
export function scorePath(orders: OrderColumns, settings: Settings, span: { from: number; to: number }): ScorePath {
  const card = cardFor(settings);
  fillDeadlines(orders, settings, card);
  const stepDays = Math.max(1, Math.ceil((span.to - span.from) / DAY / MAX_POINTS));
  const at: number[] = [];
  const score: (number | null)[] = [];
  for (let t = span.from; t <= span.to; t += stepDays * DAY) {
    at.push(t);
    score.push(scoreAt(card, orders, t, settings.timezone).score);
  }
  return {
    scorecard: card.id,
    windowDays: card.windowDays,
    scale: card.scale,
    at,
    score,
    thresholds: card.thresholds
      .filter((th) => th.measure === 'score')
      .map(({ id, label, labelZh, comparison, value }) => ({ ...flagOf({ id, label, labelZh }), comparison, value })),
    indicatorThresholds: card.thresholds.filter((th) => th.measure !== 'score').map((th) => th.label),
  };
}
