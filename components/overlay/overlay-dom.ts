import type { StatusLevel } from '../../core/status';
import type { CaptureState } from '../capture/state';
import { attachFrame } from './overlay-frame';
import { type MemoryStore, siteMemory } from './overlay-memory';

/**
 * The host's one line on the dashboard page, built with plain DOM: it runs in the content script,
 * whose size and per-change cost are budgeted, so no UI library and no diffing — each update sets
 * the text of a few fixed nodes. Page text only ever goes in as text, never as HTML.
 */
const WORD: Record<StatusLevel | Exclude<CaptureState['status'], 'live'>, string> = {
  green: 'On track',
  amber: 'Backlog building',
  red: 'Orders at risk',
  lost: 'Capture lost',
  starting: 'Connecting',
  stale: 'Capture stale',
  standby: 'Standby',
  off: 'Capture off',
};

const counts = new Intl.NumberFormat('en-US');
const count = (n: number | null | undefined) => (n === null || n === undefined ? '—' : counts.format(n));

export function createOverlay(
  doc: Document,
  parent: Node,
  onPick: () => void,
  memory: MemoryStore = siteMemory(doc.location.origin),
) {
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

  const root = el('section', 'les-overlay');
  Object.assign(root, { role: 'status' });
  root.setAttribute('aria-label', 'LES Radar');
  root.setAttribute('aria-live', 'polite');
  const badge = el('span', 'status');
  const word = el('span');
  badge.append(el('span', 'status-dot'), word);
  badge.firstElementChild?.setAttribute('aria-hidden', 'true');
  const problem = el('span', 'les-problem');
  problem.dataset.testid = 'overlay-problem';
  const pick = el('button', 'les-button', 'Pick the number');
  pick.type = 'button';
  pick.addEventListener('click', onPick);
  const paid = figure('Paid ', 'paid');
  const rate = figure('', 'rate', '/min');
  const backlog = figure('Backlog ', 'backlog');
  const risk = figure('At risk ', 'risk');
  const score = el('span');
  score.dataset.testid = 'overlay-score';
  const action = el('span', 'les-action');
  const note = el('span', 'les-problem');
  const figures = [paid.span, rate.span, backlog.span, risk.span, score, action];
  root.append(badge, problem, pick, ...figures, note);
  parent.appendChild(root);
  const frame = attachFrame(root, memory);

  return {
    update(s: CaptureState) {
      const v = s.view;
      const level = s.status === 'live' ? (v?.status ?? 'starting') : s.status;
      const failing = s.status === 'lost' || s.status === 'off' || s.status === 'standby';
      root.dataset.capture = s.status;
      badge.className = `status status-${level}`;
      badge.dataset.status = level;
      word.textContent = WORD[level];
      frame.status(level, WORD[level]);
      problem.hidden = !failing;
      problem.textContent = s.problem ?? s.note ?? '';
      pick.hidden = s.status !== 'lost';
      for (const f of figures) f.hidden = failing;
      paid.b.textContent = count(s.paidOrders);
      rate.b.textContent = count(v?.ordersPerMinute);
      backlog.b.textContent = count(v?.backlog);
      risk.b.textContent = count(v?.atRisk);
      const scored = v && v.scoreNow !== null && v.scorePredicted !== null;
      score.hidden = failing || !scored;
      score.textContent = scored ? `LES ${v.scoreNow?.toFixed(0)} → ${v.scorePredicted?.toFixed(0)}` : '';
      action.hidden = failing || !v?.topAction;
      action.textContent = v?.topAction ?? '';
      const aside = s.note ?? (s.status === 'stale' ? 'the page has not refreshed its figures for a while' : null);
      note.hidden = failing || !aside;
      note.textContent = aside ?? '';
    },
    toggle: () => frame.toggle(),
    destroy() {
      frame.destroy();
      root.remove();
    },
  };
}
