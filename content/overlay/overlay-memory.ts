import { browser } from 'wxt/browser';
import { memoryKey, type OverlayMemory, readMemory } from '../../core/faces/overlay-place';

/**
 * The overlay's place and folded state per site, in extension storage (`local:overlay:<origin>`).
 * browser.storage directly, not @wxt-dev/storage: the content script's size is budgeted.
 */
export type MemoryStore = {
  load(): Promise<OverlayMemory>;
  save(m: OverlayMemory): void;
};

export function siteMemory(origin: string): MemoryStore {
  const key = memoryKey(origin);
  return {
    load: async () => readMemory((await browser.storage.local.get(key))[key]),
    // Losing a remembered place is harmless: the overlay falls back to the bottom-right corner.
    save: (m) => void browser.storage.local.set({ [key]: m }).catch(() => {}),
  };
}
