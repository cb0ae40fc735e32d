// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { initialState } from '../../../../content/capture/state';
import { createOverlay } from '../../../../content/overlay/overlay-dom';
import type { MemoryStore } from '../../../../content/overlay/overlay-memory';
import { FRESH_MEMORY, type OverlayMemory } from '../../../../core/faces/overlay-place';

/** A site's memory held in a variable, so a test can "reload" the overlay on what the last one saved. */
function fakeMemory(start: OverlayMemory = FRESH_MEMORY) {
  const saved: OverlayMemory[] = [];
  const store: MemoryStore = {
    load: async () => saved.at(-1) ?? start,
    save: (m) => saved.push(m),
  };
  return { store, saved };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function mount(memory: MemoryStore) {
  document.body.innerHTML = '';
  const overlay = createOverlay(document, document.body, () => {}, memory);
  const root = document.querySelector('.les-overlay') as HTMLElement;
  const button = (cls: string) => root.querySelector(`.${cls}`) as HTMLButtonElement;
  return { overlay, root, grip: button('les-grip'), fold: button('les-fold'), expand: button('les-expand') };
}

const red = {
  ...initialState('demo'),
  status: 'live' as const,
  paidOrders: 120,
  view: {
    streamId: 'demo:1',
    at: 0,
    status: 'red' as const,
    ordersPerMinute: 4,
    backlog: 120,
    atRisk: 30,
    scoreNow: null,
    scorePredicted: null,
    topAction: null,
  },
};

describe('overlay fold to a dot', () => {
  it('folds to a dot named by the status word, and is remembered for the next load', async () => {
    const memory = fakeMemory();
    const first = mount(memory.store);
    await settle();
    first.overlay.update(red);
    expect(first.root.classList.contains('les-collapsed')).toBe(false);
    first.fold.click();
    expect(first.root.classList.contains('les-collapsed')).toBe(true);
    expect(first.expand.getAttribute('aria-label')).toBe('LES Radar: Orders at risk. Expand');
    expect(first.expand.className).toContain('status-red');
    expect(memory.saved.at(-1)).toEqual({ place: null, collapsed: true, hidden: false });

    // The page reloads: a new overlay on the same site's memory comes back folded.
    first.overlay.destroy();
    const again = mount(memory.store);
    await settle();
    expect(again.root.classList.contains('les-collapsed')).toBe(true);
    again.expand.click();
    expect(again.root.classList.contains('les-collapsed')).toBe(false);
    expect(memory.saved.at(-1)?.collapsed).toBe(false);
  });

  it('hides and shows with the shortcut, remembered like the rest', async () => {
    const memory = fakeMemory();
    const { overlay, root } = mount(memory.store);
    await settle();
    expect(overlay.toggle()).toBe(false);
    expect(root.hidden).toBe(true);
    expect(memory.saved.at(-1)?.hidden).toBe(true);
    expect(overlay.toggle()).toBe(true);
    expect(root.hidden).toBe(false);
  });
});

describe('overlay drag and arrow keys', () => {
  it('follows the pointer from where it was grabbed and saves the place on release', async () => {
    const memory = fakeMemory({ place: { x: 100, y: 100 }, collapsed: false, hidden: false });
    const { root, grip } = mount(memory.store);
    await settle();
    expect(root.style.left).toBe('100px');
    // happy-dom lays nothing out: the overlay's box is 0 × 0 at its left/top.
    root.getBoundingClientRect = () => ({ left: 100, top: 100, width: 0, height: 0 }) as DOMRect;
    const at = (type: string, x: number, y: number) =>
      grip.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y, pointerId: 1, button: 0 }));
    at('pointerdown', 110, 105); // grabbed 10 px right of and 5 px below its corner
    at('pointermove', 310, 405);
    // 310 − 10 = 300, 405 − 5 = 400
    expect([root.style.left, root.style.top]).toEqual(['300px', '400px']);
    expect(memory.saved).toHaveLength(0); // nothing written mid-drag
    at('pointerup', 310, 405);
    expect(memory.saved.at(-1)?.place).toEqual({ x: 300, y: 400 });
  });

  it('never leaves the viewport, however far it is dragged', async () => {
    const memory = fakeMemory({ place: { x: 100, y: 100 }, collapsed: false, hidden: false });
    const { root, grip } = mount(memory.store);
    await settle();
    root.getBoundingClientRect = () => ({ left: 100, top: 100, width: 200, height: 40 }) as DOMRect;
    const at = (type: string, x: number, y: number) =>
      grip.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y, pointerId: 1, button: 0 }));
    at('pointerdown', 100, 100);
    at('pointermove', 5000, -300);
    // right edge: innerWidth − 200; top edge: 0
    expect([root.style.left, root.style.top]).toEqual([`${window.innerWidth - 200}px`, '0px']);
  });

  it('moves with the arrow keys on the grip: 10 px, 50 px with Shift', async () => {
    const memory = fakeMemory({ place: { x: 100, y: 100 }, collapsed: false, hidden: false });
    const { root, grip } = mount(memory.store);
    await settle();
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(root.style.left).toBe('90px');
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', shiftKey: true, bubbles: true }));
    // 100 + 50 = 150
    expect(root.style.top).toBe('150px');
    expect(memory.saved.at(-1)?.place).toEqual({ x: 90, y: 150 });
  });

  it('does not start a drag from the fold button', async () => {
    const memory = fakeMemory({ place: { x: 100, y: 100 }, collapsed: false, hidden: false });
    const { root, fold } = mount(memory.store);
    await settle();
    const at = (type: string, x: number, y: number) =>
      fold.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y, pointerId: 1, button: 0 }));
    at('pointerdown', 100, 100);
    at('pointermove', 400, 400);
    expect(root.style.left).toBe('100px');
  });
});
