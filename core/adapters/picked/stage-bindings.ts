import { parseCount } from '../../lib/parse-count';
import type { Binding } from '../../settings/capture-settings';
import type { StageAdapter } from '../adapter';
import type { StageCounts } from '../tab-counts';
import { findBound, labelNear } from './find-binding';

/**
 * The warehouse's numbers the seller picked and named on a site (issue #15): an ERP's, a WMS's, or an
 * order page no adapter knows. Built at run time from the site's role bindings, like ./index.ts builds
 * the paid counter. On a page a stage adapter also reads, a picked role is preferred and the adapter
 * fills the others: the seller picked because the adapter read it wrong or not at all.
 * Test URLs: any page on a site granted in the popup.
 */
export function stageBindingsAdapter(bindings: readonly Binding[], known: StageAdapter | null = null): StageAdapter {
  const roles = bindings.filter((b) => b.role);
  const origin = roles[0]?.origin ?? '';
  return {
    id: roles.length ? 'picked' : (known?.id ?? 'picked'),
    label: known?.label ?? `Picked stage numbers on ${origin}`,
    hosts: [],
    matches: (url, doc) => roles.some((b) => url.origin === b.origin) || !!known?.matches(url, doc),
    readStages: (doc) => {
      const out: StageCounts = { ...known?.readStages(doc) };
      for (const b of roles) {
        // A role whose element is gone (or no longer a count) is absent, never the last value seen; with
        // several picks on a page, the path of a removed tile leads to a neighbour: its label must agree.
        const el = findBound(doc, b);
        const n = parseCount(el && (!b.label || labelNear(el) === b.label) ? (el.textContent ?? '') : '');
        if (b.role && n.ok && !n.approximate) out[b.role] = n.value;
      }
      return Object.keys(out).length ? out : null;
    },
  };
}
