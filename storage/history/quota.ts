/**
 * The browser's storage quota, hit while the history is written (an import, a retention rewrite, a
 * backup restore). IndexedDB reports it as a DOMException named QuotaExceededError, which Dexie wraps:
 * an aborted transaction becomes an AbortError whose `inner` is the quota error, a bulk write a
 * BulkError listing failures. The seller gets one message saying what happened and what to do.
 */
export type StorageUse = { usage: number; quota: number };

/** What the browser says this extension uses and may use; null where it cannot say. */
export async function storageUse(): Promise<StorageUse | null> {
  const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
  if (!storage?.estimate) return null;
  try {
    const e = await storage.estimate();
    return e.usage === undefined || e.quota === undefined ? null : { usage: e.usage, quota: e.quota };
  } catch {
    return null;
  }
}

/** Whether `e`, or an error it wraps (Dexie's `inner`, a `cause`, a bulk write's failures), is the quota. */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (typeof e !== 'object' || e === null || depth > 5) return false;
  const x = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };
  if (x.name === 'QuotaExceededError') return true;
  const wrapped = [x.inner, x.cause];
  if (Array.isArray(x.failures)) wrapped.push(...x.failures);
  if (x.failuresByPos && typeof x.failuresByPos === 'object') wrapped.push(...Object.values(x.failuresByPos));
  return wrapped.some((w) => isQuotaError(w, depth + 1));
}

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MB`;

/**
 * The message's words, keyed as in the catalogues (public/_locales), with their $1… left in. The import
 * worker has no browser.i18n, so the page hands it its language's templates (`words`); English otherwise.
 */
export const QUOTA_ENGLISH = {
  quota_used: '$1 used of $2',
  quota_unknown: 'the browser did not say how much is used',
  quota_restore:
    "The browser has no room left for LES Radar's history ($1). Lower the retention on the Options page or free disk space, then restore again. Nothing from this backup was restored.",
  quota_import:
    "The browser has no room left for LES Radar's history ($1). Lower the retention on the Options page or free disk space, then import again. Nothing from this batch was saved.",
  quota_import_kept:
    "The browser has no room left for LES Radar's history ($1). Lower the retention on the Options page or free disk space, then import again. Nothing from this batch was saved. The $2 orders stored before it are kept; importing the same file again adds only the rest.",
};
export type QuotaKey = keyof typeof QUOTA_ENGLISH;
export type QuotaWords = Partial<Record<QuotaKey, string>>;
export const QUOTA_KEYS = Object.keys(QUOTA_ENGLISH) as QuotaKey[];

/**
 * The seller's message. `kept` is how many orders earlier batches of the same import had already
 * stored (each batch is one transaction: the one that failed left nothing, the ones before it stay).
 */
export function quotaMessage(
  use: StorageUse | null,
  what: 'import' | 'restore',
  kept = 0,
  words: QuotaWords = {},
): string {
  const say = (key: QuotaKey, ...subs: string[]) =>
    (words[key] ?? QUOTA_ENGLISH[key]).replace(/\$([1-9])/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  const used = use ? say('quota_used', mb(use.usage), mb(use.quota)) : say('quota_unknown');
  if (what === 'restore') return say('quota_restore', used);
  return kept > 0 ? say('quota_import_kept', used, kept.toLocaleString('en-US')) : say('quota_import', used);
}

/** Runs `work`; a quota error from it becomes an Error with the seller's message (anything else passes through). */
export async function explainQuota<T>(
  work: () => Promise<T>,
  what: 'import' | 'restore',
  opts: { kept?: () => number; use?: () => Promise<StorageUse | null>; words?: QuotaWords } = {},
): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    const use = await (opts.use ?? storageUse)();
    throw new Error(quotaMessage(use, what, opts.kept?.() ?? 0, opts.words), { cause: e });
  }
}
