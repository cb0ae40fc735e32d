import { clampPlace, FRESH_MEMORY, nudge, type OverlayMemory, type Place } from '../../core/faces/overlay-place';
import { browserWords } from '../../runtime/browser-words';
import type { MemoryStore } from './overlay-memory';

/** Straight from browser.i18n, like the rest of the overlay: it follows the browser's language. */
const msg = browserWords;

/**
 * What makes the overlay stay out of the seller's way: a grip to drag it (pointer) or move it (arrow
 * keys), a button folding it to a dot that keeps the status colour and says the status as its name,
 * show/hide for the keyboard shortcut, and all of it remembered per site. Until moved it sits
 * bottom-right (CSS), away from a dashboard's top bar and left menu.
 */
export function attachFrame(root: HTMLElement, memory: MemoryStore) {
  const doc = root.ownerDocument;
  const win = doc.defaultView as Window;
  const button = (cls: string, text: string, label: string) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = text;
    b.setAttribute('aria-label', label);
    return b;
  };
  const grip = button('les-grip', '⠿', msg('overlay_move'));
  const fold = button('les-fold', '–', msg('overlay_fold'));
  const expand = button('les-expand status', '', '');
  const dot = doc.createElement('span');
  dot.className = 'status-dot';
  dot.setAttribute('aria-hidden', 'true');
  expand.append(dot);
  root.prepend(expand, grip);
  root.append(fold);

  let m: OverlayMemory = FRESH_MEMORY;
  const view = () => ({ width: win.innerWidth, height: win.innerHeight });
  const size = () => {
    const r = root.getBoundingClientRect();
    return { width: r.width, height: r.height };
  };
  const place = (p: Place | null) => {
    const at = p && clampPlace(p, size(), view());
    root.style.left = at ? `${at.x}px` : '';
    root.style.top = at ? `${at.y}px` : '';
    root.style.right = at ? 'auto' : '';
    root.style.bottom = at ? 'auto' : '';
    return at;
  };
  const render = () => {
    root.classList.toggle('les-collapsed', m.collapsed);
    root.hidden = m.hidden;
    place(m.place);
  };
  const set = (next: Partial<OverlayMemory>) => {
    m = { ...m, ...next };
    render();
    memory.save(m);
  };
  const here = (): Place => {
    const r = root.getBoundingClientRect();
    return { x: r.left, y: r.top };
  };

  fold.addEventListener('click', () => {
    set({ collapsed: true });
    expand.focus();
  });
  expand.addEventListener('click', () => {
    set({ collapsed: false });
    fold.focus();
  });
  grip.addEventListener('keydown', (e) => {
    const to = nudge(m.place ?? here(), e.key, e.shiftKey);
    if (!to) return;
    e.preventDefault();
    set({ place: place(to) });
  });

  // Dragging starts on the grip or the overlay's background, never on a button that does something else.
  let drag: { id: number; dx: number; dy: number } | null = null;
  root.addEventListener('pointerdown', (e) => {
    const target = e.target as Element;
    if (e.button !== 0 || (target.closest('button') && target !== grip)) return;
    const at = here();
    drag = { id: e.pointerId, dx: e.clientX - at.x, dy: e.clientY - at.y };
    root.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  });
  root.addEventListener('pointermove', (e) => {
    if (drag?.id !== e.pointerId) return;
    m = { ...m, place: place({ x: e.clientX - drag.dx, y: e.clientY - drag.dy }) };
  });
  const drop = (e: PointerEvent) => {
    if (drag?.id !== e.pointerId) return;
    drag = null;
    memory.save(m);
  };
  root.addEventListener('pointerup', drop);
  root.addEventListener('pointercancel', drop);
  // A smaller window must not push the overlay out of sight; the remembered place stays as set.
  const onResize = () => place(m.place);
  win.addEventListener('resize', onResize);

  void memory.load().then((loaded) => {
    m = loaded;
    render();
  });

  let shownLevel = '';
  return {
    /** The dot's colour and accessible name follow the status word; set only when it changes. */
    status(level: string, word: string) {
      if (level === shownLevel) return;
      shownLevel = level;
      expand.className = `les-expand status status-${level}`;
      expand.setAttribute('aria-label', msg('overlay_expand', word));
    },
    /** The keyboard shortcut: show or hide, remembered like the rest. */
    toggle(): boolean {
      set({ hidden: !m.hidden });
      return !m.hidden;
    },
    destroy: () => win.removeEventListener('resize', onResize),
  };
}
