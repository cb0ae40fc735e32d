import { parseCount } from '../parse-count';

/**
 * Finds a counter by the text label beside it ("Paid orders", "成交订单数"), never by class names,
 * which dashboards regenerate with every release: the label's closest container that also holds
 * text is the tile, and its first numeric text that is not the label is the value.
 */
export function findValueByLabel(doc: Document, labels: readonly string[]): Element | null {
  const wanted = new Set(labels.map((l) => l.toLowerCase()));
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.childElementCount !== 0 || !wanted.has((el.textContent ?? '').trim().toLowerCase())) continue;
    // The tile is the closest container holding any other text; stop there, so that a tile showing
    // "—" yields its own unreadable value (reported upstream) rather than a neighbour's number.
    for (let tile = el.parentElement; tile && tile !== doc.body; tile = tile.parentElement) {
      const leaves = textLeaves(tile, el);
      if (leaves.length > 0) return leaves.find((l) => parseCount(l.textContent ?? '').ok) ?? leaves[0];
    }
  }
  return null;
}

function textLeaves(root: Element, except: Element): Element[] {
  return Array.from(root.querySelectorAll('*')).filter(
    (el) => el !== except && el.childElementCount === 0 && (el.textContent ?? '').trim() !== '',
  );
}
