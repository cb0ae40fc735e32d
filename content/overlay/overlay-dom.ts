import type { OverlayView } from '../../core/faces/overlay-view';
import type { StatusLevel } from '../../core/model/risk-level';
import { browserWords } from '../../runtime/browser-words';
import type { CaptureState } from '../capture/state';
import { attachFrame } from './overlay-frame';
import { type MemoryStore, siteMemory } from './overlay-memory';

/**
 * The host's one line on the dashboard page, built with plain DOM: it runs in the content script,
 * whose size and per-change cost are budgeted, so no UI library and no diffing — each update sets
 * the text of a few fixed nodes. Page text only ever goes in as text, never as HTML.
 * Its words come straight from browser.i18n (no catalogue in the script), so the overlay follows the
 * browser's language, not the one chosen in the settings.
 */
type Level = StatusLevel | Exclude<CaptureState['status'], 'live'>;
const msg = browserWords;
const LEVEL_KEY: Record<Level, string> = {
  green: 'status_green',
  amber: 'status_amber',
  red: 'status_red',
  lost: 'capture_lost',
  starting: 'capture_starting',
  stale: 'capture_stale',
  paused: 'capture_paused',
  standby: 'capture_standby',
  off: 'capture_off',
};

export function createOverlay(
  doc: Document,
  parent: Node,
  onPick: () => void,
  memory: MemoryStore = siteMemory(doc.location.origin),
) {
  const counts = new Intl.NumberFormat(msg('intl_locale') || 'en-US');
  const count = (n: number | null | undefined) => (n === null || n === undefined ? '—' : counts.format(n));
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', text = '') => {
    const node = doc.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  };
  const figure = (before: string, id: string, after = '') => {
    const span = el('span');
    const b = el('b');
    b.dataset.testid = `overlay-${id}`;
    span.append(before, b, after);
    return { span, b };
  };

  // A labelled region; only the status word is a live region, so a screen reader announces a change
  // of status, not every figure that ticks several times a second.
  const root = el('section', 'les-overlay');
  root.setAttribute('aria-label', 'LES Radar');
  const badge = el('span', 'status');
  badge.setAttribute('role', 'status');
  const word = el('span');
  badge.append(el('span', 'status-dot'), word);
  badge.firstElementChild?.setAttribute('aria-hidden', 'true');
  const problem = el('span', 'les-problem');
  problem.dataset.testid = 'overlay-problem';
  const pick = el('button', 'les-button', msg('overlay_pick'));
  pick.type = 'button';
  pick.addEventListener('click', onPick);
  const paid = figure(`${msg('overlay_paid')} `, 'paid');
  const rate = figure('', 'rate', msg('overlay_per_min'));
  const backlog = figure(`${msg('overlay_backlog')} `, 'backlog');
  // The same words as every other face (core/faces/stream-figures.ts), each defined in its hover text.
  const risk = figure(`${msg('fig_at_risk')} `, 'risk');
  risk.span.title = msg('fig_at_risk_hint');
  const late = figure(`${msg('fig_late_predicted')} `, 'late');
  const score = el('span');
  score.dataset.testid = 'overlay-score';
  const action = el('span', 'les-action');
  const note = el('span', 'les-problem');
  const missed = el('span', 'les-problem');
  missed.dataset.testid = 'overlay-missed-pickup';
  missed.setAttribute('role', 'alert');
  const figures = [paid.span, rate.span, backlog.span, risk.span, late.span, score, action];
  root.append(badge, problem, pick, ...figures, missed, note);
  parent.appendChild(root);
  const frame = attachFrame(root, memory);

  return {
    update(s: CaptureState) {
      const v = s.view;
      const level = s.status === 'live' ? (v?.status ?? 'starting') : s.status;
      const failing = s.status === 'lost' || s.status === 'off' || s.status === 'standby';
      // Only what changed is written: an unchanged write still costs the page (style, accessibility
      // events for the live status word), and most updates change one figure.
      if (root.dataset.capture !== s.status) root.dataset.capture = s.status;
      if (badge.dataset.status !== level) {
        badge.className = `status status-${level}`;
        badge.dataset.status = level;
        word.textContent = msg(LEVEL_KEY[level]);
        frame.status(level, word.textContent);
      }
      // Paused: the figures stay (they are right up to the freeze) and the line says why it froze.
      hide(problem, !failing && s.status !== 'paused');
      text(problem, s.problem ?? s.note ?? '');
      hide(pick, s.status !== 'lost');
      for (const f of figures) hide(f, failing);
      text(paid.b, count(s.paidOrders));
      text(rate.b, count(v?.ordersPerMinute));
      text(backlog.b, count(v?.backlog));
      text(risk.b, count(v?.atRisk));
      text(late.b, count(v?.late));
      const range = v?.lateRange;
      const lateHint = range
        ? `${msg('fig_late_predicted_hint')} ${msg('fig_late_range', count(range.p10), count(range.p90))}`
        : msg(v?.late === undefined ? 'fig_late_predicted_hint' : 'fig_late_paid_only');
      if (late.span.title !== lateHint) late.span.title = lateHint;
      hide(score, failing || !scoreText(v));
      text(score, scoreText(v));
      hide(action, failing || !v?.topAction);
      text(action, v?.topAction ?? '');
      // The pickup-scan watchdog: parcels that a pickup left behind (core/faces/missed-pickup.ts).
      const m = v?.missedPickup;
      hide(missed, failing || !m);
      text(missed, m ? msg('overlay_missed_pickup', m.parcels, m.pickup, m.next ?? '—') : '');
      const aside = s.note ?? (s.status === 'stale' ? msg('overlay_stale') : null);
      hide(note, failing || !aside);
      text(note, aside ?? '');
    },
    toggle: () => frame.toggle(),
    destroy() {
      frame.destroy();
      root.remove();
    },
  };
}

const text = (node: Node, t: string) => {
  if (node.textContent !== t) node.textContent = t;
};
const hide = (el: HTMLElement, hidden: boolean) => {
  if (el.hidden !== hidden) el.hidden = hidden;
};

/**
 * The logistics sub-score now → after this stream ("Logistics 82 → 80"); in the growth stage "not scored
 * yet", never the platform's fixed 70, which is a total score. '' when there is nothing to say.
 */
function scoreText(v: OverlayView | null | undefined): string {
  if (!v || v.scorePredicted === null) return v?.growth ? msg('overlay_score_growth') : '';
  const after = v.scorePredicted.toFixed(0);
  if (v.scoreNow !== null) return msg('overlay_score', v.scoreNow.toFixed(0), after);
  return v.growth ? msg('overlay_score_first', after) : '';
}
