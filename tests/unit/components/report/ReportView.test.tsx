// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../../../components/report/ReportView';
import type { HistoryInsights } from '../../../../core/report/insights-schema';
import type { StreamSummary } from '../../../../core/report/stream-summary';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const stages = (late: [number, number, number, number, number], points: [number, number, number, number, number]) =>
  (['receipt', 'pickPack', 'shipTransport', 'delivery', 'unknown'] as const).map((stage, k) => ({
    stage,
    lateDispatch: stage === 'delivery' ? 0 : late[k],
    lateDelivery: stage === 'delivery' ? late[k] : 0,
    points: points[k],
    levers: `levers of ${stage}`,
  }));

const stream: StreamSummary = {
  streamId: 'demo:7301',
  source: 'demo',
  firstAt: 0,
  lastAt: 60_000,
  snapshots: 2,
  firstPaidOrders: 0,
  lastPaidOrders: 3,
  estimate: null,
  actual: { orders: 3, shipped: 3, late: 2, cancelled: 0, matchedBy: 'time' },
};

const insights: HistoryInsights = {
  window: { from: 0, to: 1, days: 30, orders: 4 },
  attribution: {
    orders: 4,
    lateDispatch: 3,
    lateDelivery: 1,
    points: 2.5,
    stages: stages([0, 2, 1, 1, 0], [0, 1.5, 0.5, 0.5, 0]),
    summary: '67 % of the 3 late dispatches were not packed in time.',
  },
  streams: [
    {
      streamId: 'demo:7301',
      attribution: {
        orders: 3,
        lateDispatch: 2,
        lateDelivery: 0,
        points: 0,
        stages: stages([0, 1, 1, 0, 0], [0, 0, 0, 0, 0]),
        summary: '50 % of the 2 late dispatches were not packed in time.',
      },
    },
  ],
  carriers: [
    {
      carrier: 'SF Express',
      orders: 40,
      pickupPunctuality: { value: 0.85, low: 0.7093, high: 0.9294, n: 40 },
      firstPickupShare: null,
      transitHours: { p50: 40, p90: 61.5, n: 40 },
      onTimeDelivery: { value: 1, low: 0.9124, high: 1, n: 40 },
      faultReturns: { value: 0, low: 0, high: 0.0876, n: 40 },
    },
  ],
  regions: [],
  orders: 40,
  hasRts: false,
  minOrders: 30,
};

const cells = (selector: string) =>
  [...root.querySelectorAll(`${selector} tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => c.textContent),
  );

describe('report: what moved the score, and the carriers', () => {
  it("shows a stream's actual attribution as a sentence and a table whose rows add up", async () => {
    await act(() => render(<ReportView streams={[stream]} insights={insights} error={null} />, root));
    const section = root.querySelector('[data-attribution="demo:7301"]');
    expect(section?.querySelector('[data-testid="actual-summary"]')?.textContent).toBe(
      'From the imported export (3 orders): 50 % of the 2 late dispatches were not packed in time.',
    );
    expect(cells('[data-attribution="demo:7301"] [data-testid="actual-stages"]').slice(1, 3)).toEqual([
      ['Pick & pack', '1', '0', '0.0', 'levers of pickPack'],
      ['Ship & transport', '1', '0', '0.0', 'levers of shipTransport'],
    ]);
    // No estimate was recorded for this stream: no predicted part.
    expect(section?.querySelector('[data-testid="predicted-summary"]')).toBeNull();
  });

  it('shows the window sentence with the points, and each carrier figure with its interval and n', async () => {
    await act(() => render(<ReportView streams={[stream]} insights={insights} error={null} />, root));
    expect(root.querySelector('[data-testid="window-summary"]')?.textContent).toBe(
      '4 orders: 67 % of the 3 late dispatches were not packed in time. Late orders cost 2.5 points of the score now.',
    );
    // 0.85 → 85 %, interval 0.7093–0.9294 → 70.9 %–92.9 %; no RTS times → first pickup "not enough data".
    expect(cells('table[aria-label="Carriers"]')).toEqual([
      [
        'SF Express',
        '40',
        '85 % (70.9 %–92.9 %, n 40)',
        'not enough data',
        '40 h / 61.5 h (n 40)',
        '100 % (91.2 %–100 %, n 40)',
        '0 % (0 %–8.8 %, n 40)',
      ],
    ]);
    expect(root.textContent).toContain('The export has no ready-to-ship times');
  });
});
