import { type AlertState, alertStateSchema } from '../core/faces/alert-limit';
import { type Settings, settingsSchema } from '../core/settings/settings';
import { bySchema, type StoredKey, storedKey } from './stored';

/**
 * Every key LES Radar keeps in extension storage, with the check its value passes when read back.
 * (The order history, streams and reports live in IndexedDB: storage/db.ts.)
 */

/**
 * The seller's settings file; the options page edits it. storage/settings-store.ts checks its scorecard
 * override too (against the card, which this registry does not bundle into the content script).
 */
export const settingsKey: StoredKey<Settings> = storedKey('local', 'settings', bySchema(settingsSchema));

/** The risk alerts' rate limit, kept for the browser session so a restarted service worker does not ring again. */
export const riskAlertsKey: StoredKey<AlertState> = storedKey('session', 'risk-alerts', bySchema(alertStateSchema));

/** The content script's keys, declared apart so that its bundle carries none of the checks above. */
export { overlayMemoryKey } from './content-keys';
