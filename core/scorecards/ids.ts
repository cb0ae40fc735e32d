/** The built-in scorecards' ids, as the settings name them (core/scorecards/index.ts maps each to its card). */
export const scorecardIds = [
  'douyin-2026-07',
  'douyin-2026-09',
  'douyin-5pt',
  'tiktok-us-2026',
  'tiktok-sea-2026',
] as const;

export type ScorecardId = (typeof scorecardIds)[number];
