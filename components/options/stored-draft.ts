import { defaultSettings, SETTINGS_VERSION } from '../../core/settings/settings';
import { migrateSettings } from '../../core/settings/settings-migration';
import type { Draft } from './draft';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The form's draft of stored settings that fail their check, for the seller to fix (issue #16): every
 * value as stored, so the form marks what is wrong beside its field. Only the sections and lists the form
 * is built of are made up where the file has no object or list there (a section from the defaults' frame,
 * an empty list), and the problems above the form name those places with what the file held.
 */
export function storedDraft(stored: unknown): Draft {
  const migrated = migrateSettings(stored);
  const file = frame(defaultSettings, migrated.ok ? migrated.value : stored) as Record<string, unknown>;
  // Saved again, it is a file of this version (a newer one's fields this build does not know are dropped).
  return { ...file, version: SETTINGS_VERSION } as Draft;
}

/** `value` inside the objects and lists of `shape`: its leaves as they are, missing containers made empty. */
function frame(shape: unknown, value: unknown): unknown {
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return [];
    const item = shape[0];
    return isObject(item) ? value.map((v) => frame(item, v)) : value;
  }
  if (!isObject(shape)) return value;
  const own = isObject(value) ? value : {};
  const out: Record<string, unknown> = { ...own };
  for (const [k, s] of Object.entries(shape)) if (isObject(s) || Array.isArray(s)) out[k] = frame(s, own[k]);
  return out;
}
