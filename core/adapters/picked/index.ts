import { parseCount } from '../../lib/parse-count';
import type { Binding } from '../../settings/capture-settings';
import type { DashboardAdapter } from '../adapter';
import { findBound } from './find-binding';

/**
 * A number the seller picked on a page no adapter knows (or on a known page whose counter an adapter
 * can no longer find). Built at run time from the saved binding, so it is not in the registry.
 * Test URLs: any page on a site granted in the popup; e2e uses a plain page on 127.0.0.1.
 */
export function pickedAdapter(binding: Binding): DashboardAdapter {
  const host = new URL(binding.origin).host;
  return {
    id: 'picked',
    label: binding.label ? `Picked number "${binding.label}" on ${host}` : `Picked number on ${host}`,
    hosts: [],
    streamPrefix: 'picked',
    matches: (url) => url.origin === binding.origin,
    // Custom pages have no room id: one stream per page address.
    streamId: (url) => `picked:${url.host}${url.pathname}`.slice(0, 200),
    findCounter: (doc) => findBound(doc, binding),
    readCounter: (el) => parseCount(el.textContent ?? ''),
  };
}
