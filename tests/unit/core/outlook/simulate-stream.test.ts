import { describe, expect, it } from 'vitest';
import { outlook } from '../../../../core/outlook/outlook';
import { outlookSchema } from '../../../../core/outlook/outlook-schema';
import { arrivals, settingsWith, sh } from '../../helpers';

// 10 orders at Wed 10:00 in a shop with no history: too few for either platform to score it.
const sit = {
  t0: sh('2026-11-25', '10:00'),
  nowIndex: 0,
  known: arrivals(1, { 0: 10 }),
  forecast: new Float64Array(0),
};

describe('an outlook for a shop the platform does not score yet', () => {
  it('has no TikTok score rather than NaN, and passes the message contract', () => {
    // TikTok scores from 30 delivered orders: every sample is unscored. The NaN quantiles this used to give
    // failed the contract, so the popup showed an error instead of the stream.
    const o = outlook(
      sit,
      settingsWith((x) => {
        x.scorecard = 'tiktok-us-2026';
        x.model.samples = 20;
      }),
      { seed: 1 },
    );
    expect(o.score).toBeNull();
    expect(o.scoreNow).toBeNull();
    expect(o.stageNow).toBe('growth');
    expect(o.actions.every((a) => a.scoreGain === null)).toBe(true);
    expect(outlookSchema.safeParse(o).success).toBe(true);
  });

  it('says a Douyin shop in its growth stage is not scored, instead of the fixed 70 of the total score', () => {
    const o = outlook(
      sit,
      settingsWith((x) => {
        x.model.samples = 20;
      }),
      { seed: 1 },
    );
    expect(o.scoreNow).toBeNull();
    expect(o.stageNow).toBe('growth');
    // 10 orders leave the shop under 30 valid orders after the stream too: still no score.
    expect(o.score).toBeNull();
  });
});
