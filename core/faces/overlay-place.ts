/**
 * Where the host's overlay sits and whether it is folded to a dot, remembered per site. Pure, so the
 * content script's drag and arrow-key moves are tested without a page; no zod here (content-script size).
 */
export type Place = { x: number; y: number };
export type OverlayMemory = { place: Place | null; collapsed: boolean; hidden: boolean };

export const FRESH_MEMORY: OverlayMemory = { place: null, collapsed: false, hidden: false };

/** The storage key of a site's overlay memory (the same as WXT's `local:overlay:<origin>`). */
export const memoryKey = (origin: string) => `overlay:${origin}`;

const isNum = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** A stored value read back defensively: anything unexpected falls back to the default corner. */
export function readMemory(raw: unknown): OverlayMemory {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const p = r.place as Record<string, unknown> | null | undefined;
  return {
    place: p && isNum(p.x) && isNum(p.y) ? { x: p.x, y: p.y } : null,
    collapsed: r.collapsed === true,
    hidden: r.hidden === true,
  };
}

/** Keeps the whole overlay inside the viewport (top-left wins when the viewport is smaller than it). */
export function clampPlace(p: Place, size: { width: number; height: number }, view: { width: number; height: number }) {
  const x = Math.max(0, Math.min(p.x, view.width - size.width));
  const y = Math.max(0, Math.min(p.y, view.height - size.height));
  return { x: Math.round(x), y: Math.round(y) };
}

const STEP: Record<string, Place> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** An arrow key moves 10 px, 50 px with Shift; any other key is not a move (null). */
export function nudge(p: Place, key: string, shift: boolean): Place | null {
  const d = STEP[key];
  if (!d) return null;
  const by = shift ? 50 : 10;
  return { x: p.x + d.x * by, y: p.y + d.y * by };
}
