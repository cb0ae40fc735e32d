import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { failFrom, ok, type Result } from '../core/lib/result';

/**
 * The one chokepoint for extension storage (browser.storage.local / .session): every key is declared
 * in storage/stored-keys.ts with the check its value must pass when read back. browser.storage
 * directly rather than @wxt-dev/storage: the content script uses it too and its size is budgeted.
 */
export type StoredKey<T> = {
  area: 'local' | 'session';
  key: string;
  /** Checks a value read back; a failure names what is wrong. */
  parse: (raw: unknown) => { ok: true; value: T } | { ok: false; message: string };
};

export const storedKey = <T>(area: StoredKey<T>['area'], key: string, parse: StoredKey<T>['parse']): StoredKey<T> => ({
  area,
  key,
  parse,
});

/** A parse step from a zod schema, naming the fields that fail. */
export const bySchema =
  <T>(schema: z.ZodMiniType<T>): StoredKey<T>['parse'] =>
  (raw) => {
    const r = schema.safeParse(raw);
    return r.success ? { ok: true, value: r.data } : { ok: false, message: z.prettifyError(r.error) };
  };

/** The area, or null where the browser has none (storage.session in an old Firefox). */
const areaOf = (k: StoredKey<unknown>) => browser.storage?.[k.area] ?? null;

/**
 * The stored value: null when nothing is stored (or the area does not exist), an error naming the key
 * when what is stored fails its check.
 */
export async function readStored<T>(k: StoredKey<T>): Promise<Result<T | null>> {
  const area = areaOf(k);
  if (!area) return ok(null);
  try {
    const raw = (await area.get(k.key))[k.key];
    if (raw === undefined || raw === null) return ok(null);
    const parsed = k.parse(raw);
    return parsed.ok ? ok(parsed.value) : failFrom('storage-failed', `${k.area}:${k.key}: ${parsed.message}`);
  } catch (error) {
    return failFrom('storage-failed', error);
  }
}

/** Writes the value (a browser without the area keeps nothing: callers hold their own copy). */
export async function writeStored<T>(k: StoredKey<T>, value: T): Promise<void> {
  await areaOf(k)?.set({ [k.key]: value });
}

/** A family of keys, one per site or stream, named by a common prefix (the overlay's place per site). */
export type StoredFamily = { area: StoredKey<unknown>['area']; prefix: string };

/**
 * Removes the given keys and every key of the given families from extension storage ("Erase all");
 * the number removed. Keys of other names are left alone: only what the registry declares is ours to erase.
 */
export async function removeStored(keys: readonly StoredKey<unknown>[], families: readonly StoredFamily[]) {
  let removed = 0;
  for (const name of ['local', 'session'] as const) {
    const area = browser.storage?.[name];
    if (!area) continue;
    const held = Object.keys(await area.get(null));
    const ours = held.filter(
      (k) =>
        keys.some((x) => x.area === name && x.key === k) ||
        families.some((f) => f.area === name && k.startsWith(f.prefix)),
    );
    if (ours.length) await area.remove(ours);
    removed += ours.length;
  }
  return removed;
}
