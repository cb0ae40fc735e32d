import { defaultSettings } from '../../core/settings/settings';
import { cutoffDefault, type Draft, getAt, type Path } from './draft';

/**
 * The documented default of a field (../shared/domain/logistics-score.md §4, as `defaultSettings`
 * holds it; a promise's cut-off from the schema), or undefined when the field has none.
 */
export function defaultAt(path: Path, draft: Draft): unknown {
  if (path[0] === 'promise' && path[1] === 'cutoff') return cutoffDefault(draft.promise.type);
  return getAt(defaultSettings, path);
}

/** True while a field still holds its assumed default: the seller has not yet put in their own figure. */
export function isAssumedDefault(path: Path, value: unknown, draft: Draft): boolean {
  if (path[0] === 'language') return false; // a preference, not a figure about the warehouse
  const d = defaultAt(path, draft);
  return d !== undefined && (typeof d !== 'object' || d === null) && Object.is(d, value);
}
