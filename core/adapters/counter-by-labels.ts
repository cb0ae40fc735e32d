import { parseCount } from '../lib/parse-count';

// The text of one counter: digits (also full-width) and separators, maybe an abbreviation (万, w, K, M).
const NUMBERISH = /^[\d０-９\s,.，．'’\u2009\u202f\u00a0]+[万萬亿億wWkKMB]?$/;
// What a tile shows while it has no value yet.
const PLACEHOLDER = /^(?:[—–-]+|N\/?A|暂无数据?)$/i;
// Chrome whose words are not tiles: a sidebar's "Orders" link (often with a to-do badge), a table's column.
const NOT_A_TILE = 'nav, aside, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], th';

/**
 * The counter under the first of `labels` the page shows, in the order given (a preference, not page
 * order). It goes by text, never class names, but it also:
 * - skips labels in navigation and table headers (Seller Center's sidebar "Orders" has a badge "12");
 * - takes the tile's first number or placeholder in page order, never a signed comparison ("+128",
 *   "+8.2%"), so a tile showing "—" yields "—" rather than its delta or a neighbour's figure;
 * - widens the value to the whole number: big-screen dashboards draw each digit in its own element so
 *   it can roll, and the first digit alone would read as a count of 1.
 */
export function findCounterByLabels(
  doc: Document,
  labels: readonly string[],
  /** A label the user picked beside a number may sit anywhere, a table header included. */
  opts: { anywhere?: boolean } = {},
): Element | null {
  const leaves = textLeaves(doc.body ?? doc.documentElement);
  for (const label of labels) {
    const wanted = label.toLowerCase();
    for (const el of leaves) {
      if (text(el).toLowerCase() !== wanted || (!opts.anywhere && el.closest(NOT_A_TILE))) continue;
      const value = valueInTile(doc, el);
      if (value) return widenToNumber(value);
    }
  }
  return null;
}

/** The label's tile is its closest container holding other text; the value is the first fitting leaf there. */
function valueInTile(doc: Document, label: Element): Element | null {
  for (let tile = label.parentElement; tile && tile !== doc.body; tile = tile.parentElement) {
    const others = textLeaves(tile).filter((l) => l !== label);
    if (others.length === 0) continue;
    const unsigned = others.filter((l) => PLACEHOLDER.test(text(l)) || !/^[+\-−]/.test(text(l)));
    return unsigned.find((l) => PLACEHOLDER.test(text(l)) || parseCount(text(l)).ok) ?? unsigned[0] ?? others[0];
  }
  return null;
}

/** The outermost ancestor of `el` whose whole text is still one number (never one holding the label). */
export function widenToNumber(el: Element): Element {
  let whole = el;
  for (let p = el.parentElement; p && NUMBERISH.test(text(p)); p = p.parentElement) whole = p;
  return whole;
}

const text = (el: Element) => (el.textContent ?? '').trim();

function textLeaves(root: Element): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((el) => el.childElementCount === 0 && text(el) !== '');
}
