import { parseCount } from '../../core/lib/parse-count';
import type { StageRole } from '../../core/records/stage-reading';
import { browserWords as msg } from '../../runtime/browser-words';

/**
 * The element picker, as an ad blocker's: point at the number to watch, click it, Escape to cancel.
 * Only elements whose whole text reads as a count can be picked. The highlight and the hint live in
 * the overlay's shadow root (`layer`), and the page's own click handlers never see the picking click.
 * With a `role`, the hint names the warehouse's number to point at (issue #15) instead of the paid orders.
 */
export function startPicker(
  win: Window,
  layer: HTMLElement,
  onPicked: (el: Element) => void,
  onCancel: () => void,
  role?: StageRole,
) {
  const doc = win.document;
  const box = doc.createElement('div');
  box.className = 'les-pick-box';
  const hint = doc.createElement('div');
  hint.className = 'les-pick-hint';
  hint.setAttribute('role', 'status');
  const ask = msg(`picker_hint_${role ?? 'paid'}`);
  hint.textContent = ask;
  layer.append(box, hint);

  const host = layer.getRootNode() instanceof ShadowRoot ? (layer.getRootNode() as ShadowRoot).host : null;
  const pickable = (t: EventTarget | null): Element | null => {
    const el = t as Element | null;
    if (el?.nodeType !== 1 || el === host || host?.contains(el)) return null;
    return parseCount(el.textContent ?? '').ok ? el : null;
  };

  const move = (e: MouseEvent) => {
    const el = pickable(e.target);
    box.hidden = !el;
    if (!el) return;
    const r = el.getBoundingClientRect();
    Object.assign(box.style, {
      left: `${r.left - 3}px`,
      top: `${r.top - 3}px`,
      width: `${r.width + 6}px`,
      height: `${r.height + 6}px`,
    });
    hint.textContent = msg('picker_click', (el.textContent ?? '').trim());
  };
  const click = (e: MouseEvent) => {
    if (!e.isTrusted) return; // only the user picks: a page script's synthetic click is ignored
    const el = pickable(e.target);
    if (!el && host && e.composedPath().includes(host)) return; // our own overlay's buttons still work
    e.preventDefault();
    e.stopImmediatePropagation();
    if (!el) {
      hint.textContent = msg('picker_not_number', ask);
      return;
    }
    stop();
    onPicked(el);
  };
  const key = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    stop();
    onCancel();
  };

  const opts = { capture: true } as const;
  doc.addEventListener('mousemove', move, opts);
  doc.addEventListener('click', click, opts);
  doc.addEventListener('keydown', key, opts);
  const stop = () => {
    doc.removeEventListener('mousemove', move, opts);
    doc.removeEventListener('click', click, opts);
    doc.removeEventListener('keydown', key, opts);
    box.remove();
    hint.remove();
  };
  return stop;
}
