import { describe, expect, it } from 'vitest';
import { ruleClockWords } from '../../../../components/options/rule-clock-words';
import { scorecardFor } from '../../../../core/scorecards';

const DEC_5 = Date.parse('2026-12-05T12:00:00Z');

describe('the rule clock on the settings page', () => {
  it('names the platform’s zone and the holidays in force, the next ones first', () => {
    // TikTok US: Pacific time, US federal holidays 2025–2027; after 5 Dec 2026 come Christmas, New Year, MLK Day.
    expect(ruleClockWords(scorecardFor('tiktok-us-2026'), 'America/New_York', DEC_5)).toBe(
      'deadlines on America/Los_Angeles time; business days skip US federal holidays (listed for 2025–2027; next: 2026-12-25, 2027-01-01, 2027-01-18)',
    );
  });

  it('says a card without a rule clock runs on the shop’s own zone', () => {
    expect(ruleClockWords(scorecardFor('tiktok-sea-2026'), 'Asia/Bangkok', DEC_5)).toBe(
      'deadlines on the shop’s time zone (Asia/Bangkok), weekends off',
    );
  });

  it('says so when a calendar has no day off left in its years', () => {
    // China's calendar lists 2026 only: nothing after 5 Dec 2026 until the 2027 notice is added.
    expect(ruleClockWords(scorecardFor('douyin-2026-07'), 'Asia/Shanghai', DEC_5)).toContain('next: —');
  });
});
