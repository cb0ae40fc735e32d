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
 * The seller's message. `kept` is how many orders earlier batches of the same import had already
 * stored (each batch is one transaction: the one that failed left nothing, the ones before it stay).
 */
export function quotaMessage(use: StorageUse | null, what: 'import' | 'restore', kept = 0): string {
  const used = use ? `${mb(use.usage)} used of ${mb(use.quota)}` : 'the browser did not say how much is used';
  const head = `The browser has no room left for LES Radar's history (${used}). Lower the retention on the Options page or free disk space, then`;
  if (what === 'restore') return `${head} restore again. Nothing from this backup was restored.`;
  const earlier =
    kept > 0
      ? ` The ${kept.toLocaleString('en-US')} orders stored before it are kept; importing the same file again adds only the rest.`
      : '';
  return `${head} import again. Nothing from this batch was saved.${earlier}`;
}

/** Runs `work`; a quota error from it becomes an Error with the seller's message (anything else passes through). */
export async function explainQuota<T>(
  work: () => Promise<T>,
  what: 'import' | 'restore',
  opts: { kept?: () => number; use?: () => Promise<StorageUse | null> } = {},
): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    throw new Error(quotaMessage(await (opts.use ?? storageUse)(), what, opts.kept?.() ?? 0), { cause: e });
  }
}
