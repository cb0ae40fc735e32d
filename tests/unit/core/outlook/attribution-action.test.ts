import { describe, expect, it } from 'vitest';
import { phrase } from '../../../../core/lib/phrase';
import { type Attribution, withTopAction } from '../../../../core/outlook/attribution';
import type { RankedAction } from '../../../../core/outlook/simulate-stream';

// 660 predicted late orders, 410 of them held up in ship & transport (410 / 660 = 62 %).
const attribution: Attribution = {
  late: 660,
  points: null,
  stages: [
    { stage: 'receipt', late: 0, points: null, levers: 'IT' },
    { stage: 'pickPack', late: 250, points: null, levers: 'staffing' },
    { stage: 'shipTransport', late: 410, points: null, levers: 'logistics partner' },
    { stage: 'delivery', late: 0, points: null, levers: 'carrier' },
  ],
  summary: '62 % of the 660 predicted late orders are held up in ship & transport (logistics partner).',
  sentence: phrase(
    'attribution_summary',
    '62',
    '660',
    phrase('attribution_stage_shipTransport'),
    phrase('levers_shipTransport'),
  ),
};
const action = (id: string, stage: RankedAction['stage'], lateAvoided: number): RankedAction => ({
  id,
  label: id,
  stage,
  lateAvoided,
  scoreGain: null,
});

describe('the attribution sentence names the action on its stage', () => {
  it('adds the ship & transport action that avoids most late orders, and how many', () => {
    const actions = [
      action('Two more packers on every shift', 'pickPack', 500),
      action('Book an extra carrier pickup at 20:00', 'shipTransport', 410),
      action('Switch to a faster carrier', 'delivery', 0),
    ];
    expect(withTopAction(attribution, actions).summary).toBe(
      '62 % of the 660 predicted late orders are held up in ship & transport (logistics partner); "Book an extra carrier pickup at 20:00" would avoid 410 of them.',
    );
  });

  it('leaves the sentence alone when no action on that stage helps', () => {
    const actions = [action('Two more packers on every shift', 'pickPack', 500)];
    expect(withTopAction(attribution, actions).summary).toBe(attribution.summary);
  });
});
