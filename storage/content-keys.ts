import { memoryKey, type OverlayMemory, readMemory } from '../core/faces/overlay-place';
import { type StoredFamily, type StoredKey, storedKey } from './stored';

/**
 * The keys the content script reads and writes, listed in the registry (storage/stored-keys.ts) but
 * declared here: importing the registry would bundle the settings' schema into the content script.
 */

/** The overlay's place and folded state on one site; anything unexpected falls back to the default corner. */
export const overlayMemoryKey = (origin: string): StoredKey<OverlayMemory> =>
  storedKey('local', memoryKey(origin), (raw) => ({ ok: true, value: readMemory(raw) }));

/** Every site's overlay place: the family "Erase all" removes. */
export const overlayMemoryFamily: StoredFamily = { area: 'local', prefix: memoryKey('') };
