import * as z from 'zod/mini';
import { plannedDropsSchema } from '../core/contract/run-of-show';
import { type AlertState, alertStateSchema } from '../core/faces/alert-limit';
import { snapshotSchema } from '../core/records/snapshot';
import { type Settings, settingsSchema } from '../core/settings/settings';
import { migrateSettings } from '../core/settings/settings-migration';
import { overlayMemoryFamily } from './content-keys';
import { bySchema, type StoredFamily, type StoredKey, storedKey } from './stored';

/**
 * Every key LES Radar keeps in extension storage, with the check its value passes when read back.
 * (The order history, streams and reports live in IndexedDB: storage/db.ts.)
 */

/**
 * The seller's settings file; the options page edits it. storage/settings-store.ts checks its scorecard
 * override too (against the card, which this registry does not bundle into the content script).
 */
export const settingsKey: StoredKey<Settings> = storedKey('local', 'settings', (raw) => {
  // A file of an older version is migrated first (core/settings/settings-migration.ts), then checked.
  const migrated = migrateSettings(raw);
  return migrated.ok ? bySchema(settingsSchema)(migrated.value) : migrated;
});

/** The risk alerts' rate limit, kept for the browser session so a restarted service worker does not ring again. */
export const riskAlertsKey: StoredKey<AlertState> = storedKey('session', 'risk-alerts', bySchema(alertStateSchema));

/** The pickups the watchdog already alerted (core/model/pickup-watch.ts): once per missed pickup, across restarts. */
export const pickupAlertsKey: StoredKey<number[]> = storedKey(
  'session',
  'pickup-alerts',
  bySchema(z.array(z.number()).check(z.maxLength(50))),
);

/** The most streams whose run-of-show is kept: a plan is for one evening, the oldest saved goes first. */
export const MAX_PLANNED_STREAMS = 20;

/** The seller's run-of-show per stream (storage/run-of-show-store.ts): planned drops, and when they were saved. */
export const runOfShowSchema = z
  .record(snapshotSchema.shape.streamId, z.object({ savedAt: z.number(), drops: plannedDropsSchema }))
  .check(
    z.refine((r) => Object.keys(r).length <= MAX_PLANNED_STREAMS, {
      message: `at most ${MAX_PLANNED_STREAMS} streams' run-of-show are kept`,
    }),
  );
export type RunOfShowRecord = z.output<typeof runOfShowSchema>;
export const runOfShowKey: StoredKey<RunOfShowRecord> = storedKey('local', 'run-of-show', bySchema(runOfShowSchema));

/** The content script's keys, declared apart so that its bundle carries none of the checks above. */
export { overlayMemoryKey } from './content-keys';

/** Every key and key family above, for "Erase all" (storage/lifecycle/erase-all.ts): a new key joins this list. */
export const everyStoredKey: { keys: StoredKey<unknown>[]; families: StoredFamily[] } = {
  keys: [settingsKey, riskAlertsKey, pickupAlertsKey, runOfShowKey] as StoredKey<unknown>[],
  families: [overlayMemoryFamily],
};
