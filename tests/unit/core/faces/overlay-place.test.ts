import { describe, expect, it } from 'vitest';
import { clampPlace, memoryKey, nudge, readMemory } from '../../../../core/faces/overlay-place';

describe('overlay place', () => {
  const size = { width: 400, height: 40 };
  const view = { width: 1024, height: 768 };

  it('keeps the whole overlay inside the viewport', () => {
    // right edge: 1,024 − 400 = 624; bottom edge: 768 − 40 = 728
    expect(clampPlace({ x: 900, y: 900 }, size, view)).toEqual({ x: 624, y: 728 });
    expect(clampPlace({ x: -30, y: -5 }, size, view)).toEqual({ x: 0, y: 0 });
    expect(clampPlace({ x: 100, y: 200 }, size, view)).toEqual({ x: 100, y: 200 });
    // a viewport narrower than the overlay: its left edge stays visible
    expect(clampPlace({ x: 50, y: 10 }, size, { width: 300, height: 600 })).toEqual({ x: 0, y: 10 });
  });

  it('moves 10 px per arrow key, 50 px with Shift, and ignores other keys', () => {
    expect(nudge({ x: 100, y: 100 }, 'ArrowLeft', false)).toEqual({ x: 90, y: 100 });
    expect(nudge({ x: 100, y: 100 }, 'ArrowDown', true)).toEqual({ x: 100, y: 150 });
    expect(nudge({ x: 100, y: 100 }, 'Enter', false)).toBeNull();
  });

  it('reads a stored memory defensively, per site', () => {
    expect(memoryKey('https://compass.jinritemai.com')).toBe('overlay:https://compass.jinritemai.com');
    expect(readMemory({ place: { x: 10, y: 20 }, collapsed: true, hidden: false })).toEqual({
      place: { x: 10, y: 20 },
      collapsed: true,
      hidden: false,
    });
    expect(readMemory(undefined)).toEqual({ place: null, collapsed: false, hidden: false });
    expect(readMemory({ place: { x: 'a' }, collapsed: 'yes' })).toEqual({
      place: null,
      collapsed: false,
      hidden: false,
    });
  });
});
