// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { localBadgeTitle } from '../../../background/toolbar-badge';
import { PopupView } from '../../../components/popup/PopupView';
import { ReportView } from '../../../components/report/ReportView';
import { StreamDetailView } from '../../../components/report/StreamDetailView';
import { initialState } from '../../../content/capture/state';
import { createOverlay } from '../../../content/overlay/overlay-dom';
import { FRESH_MEMORY } from '../../../core/faces/overlay-place';
import { overlayView } from '../../../core/faces/overlay-view';
import { streamFigures } from '../../../core/faces/stream-figures';
import { computeEstimate, situationOf } from '../../../core/outlook/estimate';
import { outlook } from '../../../core/outlook/outlook';
import type { StreamDetail } from '../../../core/report/stream-detail-schema';
import type { StreamSummary } from '../../../core/report/stream-summary';
import { settingsWith, sh, snap } from '../helpers';

/**
 * One estimate, every face: the overlay, the popup, the report's list and stream page and the toolbar
 * title must read the same late-predicted and at-risk numbers, as a person reads them off the screen.
 * The stream: 900 orders paid 10:00–10:02 (Shanghai) on the default warehouse (4 packers × 25/h, pickups
 * 11:00 and 17:00 of 400) with a 2-hour promise: most are late, and the outlook's figure differs from the
 * plan's run over the orders paid so far, so a face reading the wrong one shows it.
 */
const settings = settingsWith((s) => {
  s.promise = { type: 'hours', hours: 2 };
});
const t0 = sh('2026-11-25', '10:00');
const snaps = [snap(0, t0, 0), snap(1, t0 + 60_000, 500), snap(2, t0 + 120_000, 900)];
const now = t0 + 3 * 60_000;
const base = computeEstimate(snaps, settings, now);
const estimate = { ...base, outlook: outlook(situationOf(snaps, settings, now), settings, { seed: 7 }) };
const figures = streamFigures(estimate);

/** "1,234" or "1,234 (P10–P90 …)" → 1234: the number a person reads first. */
const leading = (text: string | null | undefined) =>
  Number(
    (text ?? '')
      .trim()
      .split(/[\s(（]/)[0]
      .replace(/,/g, ''),
  );

// happy-dom draws no canvas: the report's charts get a context that accepts every call and draws nothing.
const inert: object = new Proxy(() => {}, { get: () => inert, apply: () => inert, set: () => true });
HTMLCanvasElement.prototype.getContext = (() => inert) as never;
(globalThis as { Path2D?: unknown }).Path2D ??= class {
  constructor() {
    // biome-ignore lint/correctness/noConstructorReturn: every path method answers and draws nothing
    return inert;
  }
};

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function overlayNumbers() {
  const host = document.createElement('div');
  document.body.append(host);
  const memory = { load: async () => FRESH_MEMORY, save: () => {} };
  const overlay = createOverlay(document, host, () => {}, memory);
  overlay.update({ ...initialState('demo'), status: 'live', paidOrders: 900, view: overlayView(estimate) });
  const read = (id: string) => host.querySelector(`[data-testid="overlay-${id}"]`)?.textContent;
  const words = (id: string) => host.querySelector(`[data-testid="overlay-${id}"]`)?.parentElement?.textContent;
  const out = { late: read('late'), risk: read('risk'), lateLine: words('late'), riskLine: words('risk') };
  overlay.destroy();
  host.remove();
  return out;
}

const detail: StreamDetail = {
  streamId: estimate.streamId,
  settings: { savedAt: null, timeZone: 'Asia/Shanghai' },
  scorePath: null,
  timeline: {
    t0,
    arrivals: { at: [t0, t0 + 60_000, t0 + 120_000], cumulative: [0, 500, 900], perMinute: [0, 500, 400] },
    backlog: { stepMinutes: 60, at: [t0], receipt: [0], pickPack: [900], shipTransport: [0], delivery: [0] },
    orders: 900,
    peakPerMinute: 500,
    peakUnshipped: 900,
    peakUnshippedAt: t0 + 120_000,
    clearAt: null,
    // The model after the fact over the recorded orders only: a different question, worded apart.
    late: 700,
  },
};
const summary: StreamSummary = {
  streamId: estimate.streamId,
  source: 'demo',
  firstAt: t0,
  lastAt: now,
  snapshots: 3,
  firstPaidOrders: 0,
  lastPaidOrders: 900,
  estimate,
  actual: null,
};

describe('one story on every face', () => {
  it('reads the same late predicted and at risk on the overlay, popup, report and toolbar title', async () => {
    // The outlook's median and the plan's run differ here, so each face must pick the one definition.
    expect(figures.late.basis).toBe('outlook');
    expect(figures.late.value).not.toBe(estimate.late);
    expect(figures.atRisk).toBeGreaterThan(0);

    const o = overlayNumbers();
    expect(leading(o.late)).toBe(figures.late.value);
    expect(leading(o.risk)).toBe(figures.atRisk);
    expect(o.lateLine?.startsWith('Late predicted ')).toBe(true);
    expect(o.riskLine?.startsWith('At risk ')).toBe(true);

    await act(() =>
      render(<PopupView estimate={estimate} error={null} loading={false} reportUrl="" optionsUrl="" />, root),
    );
    const popup = (id: string) => root.querySelector(`[data-testid="${id}"]`);
    expect(leading(popup('late-predicted')?.textContent)).toBe(figures.late.value);
    expect(leading(popup('at-risk')?.textContent)).toBe(figures.atRisk);
    expect(popup('late-predicted')?.previousElementSibling?.textContent).toBe('Late predicted');
    expect(popup('at-risk')?.previousElementSibling?.textContent).toBe('At risk');
    // The range beside it is the outlook's P10–P90.
    const range = figures.late.range;
    expect(popup('late-predicted')?.textContent).toContain(
      `P10–P90 ${range?.p10.toLocaleString('en-US')}–${range?.p90.toLocaleString('en-US')}`,
    );
    render(null, root);

    await act(() => render(<StreamDetailView summary={summary} detail={detail} insights={null} />, root));
    const key = (name: string) => root.querySelector(`[data-figure="${name}"]`)?.textContent;
    expect(leading(key('Late predicted'))).toBe(figures.late.value);
    expect(leading(key('At risk'))).toBe(figures.atRisk);
    const sentence = root.querySelector('[data-testid="late-sentence"]')?.textContent ?? '';
    expect(
      sentence.startsWith(`Late predicted at the last estimate: ${figures.late.value.toLocaleString('en-US')} (`),
    ).toBe(true);
    // The model over the recorded orders keeps its own words and its own 700.
    expect(sentence).toContain('the model over the recorded orders alone: 700.');
    render(null, root);

    await act(() => render(<ReportView streams={[summary]} insights={null} error={null} />, root));
    const row = root.querySelector(`tr[data-stream="${estimate.streamId}"]`);
    expect(leading(row?.querySelector('[data-col="late-predicted"]')?.textContent)).toBe(figures.late.value);
    expect(leading(row?.querySelector('[data-col="at-risk"]')?.textContent)).toBe(figures.atRisk);
    const headers = [...root.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toContain('Late predicted');
    expect(headers).toContain('At risk');

    const n = (v: number) => v.toLocaleString('en-US');
    expect(localBadgeTitle(estimate)).toContain(
      `At risk ${n(figures.atRisk)} · Late predicted ${n(figures.late.value)}`,
    );
  });
});
