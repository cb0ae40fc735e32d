import { describe, expect, it } from 'vitest';
import { arrivalsSummary } from '../../../../components/report/ArrivalsSection';
import { backlogSummary } from '../../../../components/report/BacklogSection';
import { overlaidArrivals } from '../../../../components/report/CompareView';
import { lateRows } from '../../../../components/report/LateSection';
import { scorePathSummary } from '../../../../components/report/ScorePathSection';
import type { StreamDetail } from '../../../../core/report/stream-detail-schema';
import type { StreamSummary } from '../../../../core/report/stream-summary';

const at = (time: string) => Date.parse(`2026-11-25T${time}:00Z`);

// Three minutes from 10:00 UTC: 10, 20 and 0 orders; the model leaves 5 late and clears at 12:00.
const detail: StreamDetail = {
  streamId: 'demo:1',
  settings: { savedAt: null, timeZone: 'UTC' },
  scorePath: null,
  timeline: {
    t0: at('10:00'),
    arrivals: { at: [at('10:00'), at('10:01'), at('10:02')], cumulative: [10, 30, 30], perMinute: [10, 20, 0] },
    backlog: {
      stepMinutes: 60,
      at: [at('10:00'), at('11:00'), at('12:00')],
      receipt: [0, 0, 0],
      pickPack: [9, 0, 0],
      shipTransport: [1, 5, 0],
      delivery: [0, 25, 30],
    },
    orders: 30,
    peakPerMinute: 20,
    peakUnshipped: 30,
    peakUnshippedAt: at('10:01'),
    clearAt: at('12:00'),
    late: 5,
  },
};
const summary: StreamSummary = {
  streamId: 'demo:1',
  source: 'demo',
  firstAt: at('10:00'),
  lastAt: at('10:02'),
  snapshots: 4,
  firstPaidOrders: 500,
  lastPaidOrders: 530,
  estimate: null,
  actual: { orders: 29, shipped: 29, late: 3, cancelled: 1, matchedBy: 'room' },
};

describe('the detail view’s words', () => {
  it('captions the arrivals with orders, length and the busiest minute', () => {
    // 10:00 → 10:02 is three whole minutes; the busiest is 10:01 with 20.
    expect(arrivalsSummary(detail.timeline, 'UTC')).toBe(
      '30 orders paid in 3 min; the busiest minute had 20, at 10:01.',
    );
  });

  it('captions the backlog with its peak and the clearing pickup', () => {
    expect(backlogSummary(detail.timeline, 'UTC')).toBe(
      "At most 30 orders waited for the carrier's pickup scan (25 Nov 2026, 10:01); the last was picked up 25 Nov 2026, 12:00.",
    );
  });

  it('says how many still wait when nothing clears within 48 hours', () => {
    const stuck = { ...detail.timeline, clearAt: null };
    // The last point: 0 + 0 + 0 waiting before pickup (the 30 in delivery are picked up already).
    expect(backlogSummary(stuck, 'UTC')).toContain('48 hours after the stream, 0 still waited for pickup.');
  });

  it('puts the model’s late dispatches beside the export’s', () => {
    const rows = lateRows(summary, detail);
    expect(rows.map((r) => [r.source, r.orders, r.late])).toEqual([
      ['Predicted: the model over the whole recorded stream', 30, 5],
      ['Actual: the imported order export', 29, 3],
    ]);
  });

  it('captions the score path with its first, last and lowest scores and the lines drawn', () => {
    const path = {
      scorecard: 'douyin-2026-07',
      windowDays: 30,
      scale: { min: 50, max: 100 },
      at: [at('12:00'), at('12:00') + 86_400_000, at('12:00') + 2 * 86_400_000],
      score: [null, 68, 97],
      thresholds: [{ id: 'below-70', label: 'Score below 70', comparison: 'lt' as const, value: 70 }],
      indicatorThresholds: [],
    };
    expect(scorePathSummary(path, 'UTC')).toBe(
      'Logistics sub-score from the imported history (douyin-2026-07, 30-day window): 68.0 on 26 Nov 2026, 12:00 → 97.0 on ' +
        '27 Nov 2026, 12:00; lowest 68.0 on 26 Nov 2026, 12:00. line at 70: Score below 70.',
    );
  });

  it('lines two arrival curves up by minutes since each start, blank past the shorter one', () => {
    const short = {
      ...detail,
      timeline: { ...detail.timeline, arrivals: { at: [0], cumulative: [4], perMinute: [4] } },
    };
    expect(overlaidArrivals(detail, short)).toEqual({ minutes: [0, 1, 2], a: [10, 30, 30], b: [4, null, null] });
  });
});
