import { parseCount } from '../../lib/parse-count';
import type { Binding } from '../../settings/capture-settings';
import { findCounterByLabels } from '../counter-by-labels';

/**
 * The element picker's memory: what a picked number looked like, so it is found again after the page
 * re-renders or reloads. Class names are never kept (dashboards regenerate them with each release);
 * the label beside the number comes first, then a readable id, then the path by tag positions.
 */
export function describeElement(el: Element, origin: string, now: number): Binding {
  return {
    origin,
    label: labelNear(el),
    path: pathOf(el),
    id: readableId(el.id),
    sample: (el.textContent ?? '').trim().slice(0, 40),
    pickedAt: now,
  };
}

/** The picked number on this page, or null when none of the clues finds a number any more. */
export function findBound(doc: Document, b: Binding): Element | null {
  const candidates = [
    b.label ? findCounterByLabels(doc, [b.label], { anywhere: true }) : null,
    b.id ? doc.getElementById(b.id) : null,
    safeQuery(doc, b.path),
  ];
  return candidates.find((el) => el && parseCount(el.textContent ?? '').ok) ?? null;
}

/** The nearest text that is not a number, inside the smallest container around `el` that has one. */
export function labelNear(el: Element): string | null {
  for (let box = el.parentElement, depth = 0; box && depth < 4; box = box.parentElement, depth++) {
    for (const leaf of Array.from(box.querySelectorAll('*'))) {
      if (leaf === el || leaf.contains(el) || leaf.childElementCount !== 0) continue;
      const text = (leaf.textContent ?? '').trim();
      if (text && text.length <= 80 && !parseCount(text).ok && /\p{L}/u.test(text)) return text;
    }
  }
  return null;
}

const MAX_PATH = 480;

/**
 * `body > main:nth-of-type(1) > div:nth-of-type(3) > span:nth-of-type(1)`: tags and positions only.
 * Deep pages (React dashboards nest dozens of levels) keep the innermost steps that fit, which still
 * select from anywhere in the page.
 */
export function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node && node.tagName !== 'BODY' && node.tagName !== 'HTML'; ) {
    const parent: Element | null = node.parentElement;
    const tag = node.tagName.toLowerCase();
    const same = parent ? Array.from(parent.children).filter((c) => c.tagName === node?.tagName) : [node];
    parts.unshift(`${tag}:nth-of-type(${same.indexOf(node) + 1})`);
    node = parent;
  }
  const full = ['body', ...parts].join(' > ');
  if (full.length <= MAX_PATH) return full;
  const kept: string[] = [];
  for (let i = parts.length - 1, len = 0; i >= 0 && len + parts[i].length + 3 <= MAX_PATH; i--) {
    kept.unshift(parts[i]);
    len += parts[i].length + 3;
  }
  return kept.join(' > ');
}

// Ids made of words are kept; generated ones (long digit or hex runs) change with each render.
const readableId = (id: string): string | null =>
  id && /^[A-Za-z][\w-]{0,60}$/.test(id) && !/\d{3,}|[0-9a-f]{8,}/i.test(id) ? id : null;

function safeQuery(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}
