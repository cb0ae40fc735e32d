import type { scorecardIds } from '../settings';
import { douyin5pt } from './douyin-5pt';
import { douyin202607 } from './douyin-2026-07';
import { douyin202609 } from './douyin-2026-09';
import type { Scorecard } from './schema';
import { tiktokSea2026 } from './tiktok-sea-2026';
import { tiktokUs2026 } from './tiktok-us-2026';

export type ScorecardId = (typeof scorecardIds)[number];

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

export { type ScoreResult, scoreAt } from './engine';
export { parseScorecardOverride, type ScorecardOverride } from './override';
export { parseScorecard, type Scorecard, scorecardSchema } from './schema';
