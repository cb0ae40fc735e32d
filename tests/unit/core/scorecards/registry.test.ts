import { describe, expect, it } from 'vitest';
import { scorecardFor, scorecardIds, scorecards } from '../../../../core/scorecards';
import { parseScorecard, scorecardSchema } from '../../../../core/scorecards/schema';

// The registry: one scorecard per settings id, each valid under the schema a user's copy must pass.
describe('scorecard registry', () => {
  it('has exactly the ids the settings offer', () => {
    expect(Object.keys(scorecards).sort()).toEqual([...scorecardIds].sort());
  });

  it.each(scorecardIds)('%s parses with the schema, unchanged, under its own id', (id) => {
    const card = scorecardFor(id);
    expect(card.id).toBe(id);
    expect(scorecardSchema.parse(card)).toEqual(card);
  });

  it.each(scorecardIds)('%s survives a JSON round trip as a user-edited copy would', (id) => {
    expect(parseScorecard(JSON.parse(JSON.stringify(scorecardFor(id))))).toEqual({
      ok: true,
      scorecard: scorecardFor(id),
    });
  });

  it('marks every TikTok indicator as assumed and says so in the source note', () => {
    for (const card of [scorecards['tiktok-us-2026'], scorecards['tiktok-sea-2026']]) {
      expect(card.indicators.every((i) => i.assumed)).toBe(true);
      expect(card.source.note).toMatch(/no points.*assumption/s);
    }
  });

  it('names the indicator of a broken copy by its id', () => {
    const copy = structuredClone(scorecardFor('douyin-2026-07')) as { indicators: { unit: string }[] };
    copy.indicators[1].unit = 'percent';
    const r = parseScorecard(copy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^indicators\.waybillOnTimeRate\.unit: /);
  });

  it('refuses a unit that does not match the measure', () => {
    const copy = structuredClone(scorecardFor('douyin-2026-07'));
    copy.indicators[1].unit = 'hours';
    expect(parseScorecard(copy)).toEqual({
      ok: false,
      message: 'indicators.waybillOnTimeRate.unit: expected rate for waybillOnTimeRate',
    });
  });

  it('refuses a threshold on an unknown measure and a bad date', () => {
    const copy = structuredClone(scorecardFor('tiktok-us-2026'));
    copy.thresholds[0].measure = 'otd';
    copy.effectiveFrom = '2026-13-01';
    const r = parseScorecard(copy);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('effectiveFrom: expected a real date');
      expect(r.message).toContain('thresholds.otdr-below-80.measure: unknown measure otd');
    }
  });
});
