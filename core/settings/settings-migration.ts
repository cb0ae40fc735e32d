import { SETTINGS_VERSION } from './settings';

/**
 * Older settings files read by today's LES Radar (issue #16): `MIGRATIONS[n]` turns a version-n file into
 * version n + 1, so a file of any older version runs up the chain to SETTINGS_VERSION before the schema
 * checks it. Version 0 is the unversioned shape (a file written by hand, or before `version` was written):
 * the fields of version 1, each one added since filled in by the schema's defaults, so its step only
 * stamps the number. A change of shape bumps SETTINGS_VERSION and appends its step here, tested on the
 * old shape (tests/unit/core/settings/settings-migration.test.ts).
 */
type SettingsFile = Record<string, unknown>;
export type Migration = (file: SettingsFile) => SettingsFile;

export const MIGRATIONS: readonly Migration[] = [(file) => ({ ...file, version: 1 })];

/** A failure's `message` reads like zod's prettified errors (naming the field); `reason` is the bare sentence. */
export type Migrated = { ok: true; value: unknown } | { ok: false; message: string; reason: string };

const atVersion = (reason: string): Migrated => ({ ok: false, message: `✖ ${reason}\n  → at version`, reason });

/** The file brought up to `current`; a version this build does not know is refused, naming the field. */
export function migrateSettings(input: unknown, steps = MIGRATIONS, current = SETTINGS_VERSION): Migrated {
  // Not an object: nothing to migrate, and the schema says what is wrong with it.
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: true, value: input };
  let file = input as SettingsFile;
  const version = file.version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return atVersion(`expected a whole version number such as ${current}, received ${JSON.stringify(version)}`);
  }
  if (version > current) {
    return atVersion(`written by a newer LES Radar (settings version ${version}); this one reads up to ${current}`);
  }
  for (let n = version; n < current; n++) file = steps[n](file);
  return { ok: true, value: file };
}
