import { findValueByLabel } from './find-by-label';

// The text of one counter: digits (also full-width) and separators, maybe an abbreviation (万, w, K, M).
const NUMBERISH = /^[\d０-９\s,.，．'’\u2009\u202f\u00a0]+[万萬亿億wWkKMB]?$/;

/**
 * The counter under the first of `labels` the page shows, in the order given (a preference, not page
 * order), widened to the whole number: big-screen dashboards draw each digit in its own element so
 * it can roll, and the first digit alone would read as a count of 1.
 */
export function findCounterByLabels(doc: Document, labels: readonly string[]): Element | null {
  for (const label of labels) {
    const el = findValueByLabel(doc, [label]);
    if (el) return widenToNumber(el);
  }
  return null;
}

/** The outermost ancestor of `el` whose whole text is still one number (never one holding the label). */
export function widenToNumber(el: Element): Element {
  let whole = el;
  for (let p = el.parentElement; p && NUMBERISH.test((p.textContent ?? '').trim()); p = p.parentElement) whole = p;
  return whole;
}
