import { parseCount } from '../parse-count';

/**
 * Finds a counter by the text label beside it ("Paid orders", "成交订单数"), never by class names,
 * which dashboards regenerate with every release: the label's closest container that also holds a
 * number is the tile, and its first numeric text that is not the label is the value.
 */
export function findValueByLabel(doc: Document, labels: readonly string[]): Element | null {
  const wanted = new Set(labels.map((l) => l.toLowerCase()));
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.childElementCount !== 0 || !wanted.has((el.textContent ?? '').trim().toLowerCase())) continue;
    for (let tile = el.parentElement; tile && tile !== doc.body; tile = tile.parentElement) {
      const value = firstNumericLeaf(tile, el);
      if (value) return value;
    }
  }
  return null;
}

function firstNumericLeaf(root: Element, except: Element): Element | null {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el === except || el.childElementCount !== 0) continue;
    if (parseCount(el.textContent ?? '').ok) return el;
  }
  return null;
}
