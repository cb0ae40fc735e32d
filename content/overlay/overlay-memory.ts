import { FRESH_MEMORY, type OverlayMemory } from '../../core/faces/overlay-place';
import { overlayMemoryKey } from '../../storage/content-keys';
import { readStored, writeStored } from '../../storage/stored';

/**
 * The overlay's place and folded state per site, in extension storage (`local:overlay:<origin>`).
 */
export type MemoryStore = {
  load(): Promise<OverlayMemory>;
  save(m: OverlayMemory): void;
};

export function siteMemory(origin: string): MemoryStore {
  const key = overlayMemoryKey(origin);
  return {
    load: async () => {
      const stored = await readStored(key);
      return (stored.ok && stored.data) || FRESH_MEMORY;
    },
    // Losing a remembered place is harmless: the overlay falls back to the bottom-right corner.
    save: (m) => void writeStored(key, m).catch(() => {}),
  };
}
