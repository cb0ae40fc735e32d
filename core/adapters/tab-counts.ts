import { parseCount } from '../lib/parse-count';
import type { Binding } from '../settings/capture-settings';

/** A warehouse stage (core/records/stage-reading.ts), named through the settings: adapters do not import records. */
export type StageRole = NonNullable<Binding['role']>;
export type StageCounts = Partial<Record<StageRole, number>>;

// What may follow a tab's label: its count, bare or in parentheses (also full-width), and nothing else.
// A capped badge ("99+") is no count, and a longer label ("待发货订单") is another thing.
const COUNT_AFTER = /^[(（]?\s*([\d０-９][\d０-９,，.\s]*?)\s*[)）]?$/;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without the global
// An order's status in the list below the tabs ("Awaiting shipment" beside its quantity) is no tab.
const CELL = 'td, [role="cell"], [role="gridcell"]';

/**
 * The status tabs of an order-management page, read by their labels: "Awaiting shipment (1,116)",
 * "Awaiting shipment 1116", "待发货（1,116）", or the label with its count in a badge element beside
 * it. Returns a reader of the first of `labels` (a preference) that the page shows with a count; a tab
 * without a count yet is not read as 0. The page's text is walked once per reading.
 */
export function tabCounter(doc: Document): (labels: readonly string[]) => number | null {
  const texts: Text[] = [];
  const walk = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) if (n.nodeValue?.trim()) texts.push(n as Text);
  return (labels) => {
    for (const label of labels) {
      const wanted = label.toLowerCase();
      for (const t of texts) {
        if (!flat(t.nodeValue).toLowerCase().startsWith(wanted) || t.parentElement?.closest(CELL)) continue;
        const n = countAfter(t.parentElement, wanted);
        if (n !== null) return n;
      }
    }
    return null;
  };
}

/** From the label's element up to its tab (three levels at most), while the text is still the label and a count. */
function countAfter(el: Element | null, label: string): number | null {
  for (let depth = 0; el && depth < 4; el = el.parentElement, depth++) {
    const text = flat(el.textContent);
    if (!text.toLowerCase().startsWith(label)) return null;
    const rest = text.slice(label.length).trim();
    if (rest === '') continue; // the count may sit in a sibling badge
    const m = COUNT_AFTER.exec(rest);
    const parsed = m ? parseCount(m[1]) : null;
    return parsed?.ok && !parsed.approximate ? parsed.value : null;
  }
  return null;
}

const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The counts found, or null when none was. */
export function stagesOf(counts: Partial<Record<StageRole, number | null>>): StageCounts | null {
  const out: StageCounts = {};
  for (const [role, n] of Object.entries(counts) as [StageRole, number | null][]) if (n !== null) out[role] = n;
  return Object.keys(out).length ? out : null;
}
