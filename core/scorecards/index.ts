import { douyin5pt } from './douyin-5pt';
import { douyin202607 } from './douyin-2026-07';
import { douyin202609 } from './douyin-2026-09';
import type { ScorecardId } from './ids';
import type { Scorecard } from './schema';
import { tiktokSea2026 } from './tiktok-sea-2026';
import { tiktokUs2026 } from './tiktok-us-2026';

/** Every built-in scorecard by the id the settings name; keyed by the settings' list so the two cannot drift. */
export const scorecards: Record<ScorecardId, Scorecard> = {
  'douyin-2026-07': douyin202607,
  'douyin-2026-09': douyin202609,
  'douyin-5pt': douyin5pt,
  'tiktok-us-2026': tiktokUs2026,
  'tiktok-sea-2026': tiktokSea2026,
};

export function scorecardFor(id: ScorecardId): Scorecard {
  return scorecards[id];
}

const overridden = new Map<string, Scorecard>();

/**
 * The scorecard the settings choose, with the seller's override applied. The settings schema has
 * already checked the override against the card, so a failure here is a programming error.
 */
export function cardFor(s: { scorecard: ScorecardId; scorecardOverride?: unknown }): Scorecard {
  if (s.scorecardOverride === undefined) return scorecardFor(s.scorecard);
  const key = `${s.scorecard}:${JSON.stringify(s.scorecardOverride)}`;
  let card = overridden.get(key);
  if (!card) {
    const r = parseScorecardOverride(scorecardFor(s.scorecard), s.scorecardOverride);
    if (!r.ok) throw new Error(`scorecardOverride: ${r.message}`);
    card = r.scorecard;
    overridden.set(key, card);
  }
  return card;
}

export { type ScoreResult, scoreAt } from './engine';
export { type ScorecardId, scorecardIds } from './ids';
export { parseScorecardOverride, type ScorecardOverride } from './override';

import { parseScorecardOverride } from './override';

export { parseScorecard, type Scorecard, scorecardSchema } from './schema';
