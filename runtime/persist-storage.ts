export type Persistence = 'persisted' | 'granted' | 'refused' | 'unavailable';

/**
 * Asks the browser to keep LES Radar's storage — the stream history in IndexedDB — through disk pressure:
 * "best effort" storage may be evicted without a word. Asked from a page context, which has the API (a
 * service worker has no StorageManager.persist): Chrome's offscreen document, Firefox's background page
 * on first run. Storage already persisted is not asked again. Says what happened, for the log.
 */
export async function persistStorage(
  storage: Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined,
): Promise<Persistence> {
  if (!storage?.persist || !storage.persisted) return 'unavailable';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'unavailable';
  }
}
