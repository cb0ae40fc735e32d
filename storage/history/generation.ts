import type { RadarDb } from '../db';
import { OrderIndex } from './order-index';

/**
 * The order-id index kept in memory between write runs of one context (the import worker imports file
 * after file), and the token that says whether it is still current. Every write of the order chunks —
 * an import batch, a retention rewrite, a restore — puts a fresh random token in `historyMeta` in the
 * same transaction. A run reuses its cached index only when the stored token is the one its own last
 * run wrote: then nobody wrote in between (another tab's import, a restore on the options page, a
 * retention run). Random rather than a counter, so a deleted and refilled database cannot come back
 * to the same value.
 */
const KEY = 'history-token';

export const newToken = (): string =>
  typeof crypto?.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;

/** The token of the history's last write (undefined: never written): a cache of anything read from it keys on it. */
export const readToken = async (db: RadarDb): Promise<string | undefined> => (await db.historyMeta.get(KEY))?.value;

/** Marks the history as written; call inside the write's transaction (which must include `historyMeta`). */
export const putToken = (db: RadarDb, token: string): Promise<unknown> =>
  db.historyMeta.put({ key: KEY, value: token });

/** `catchUp` brings `index` up to the state `token` marks; it runs on the index's next use, if any. */
const cache = new WeakMap<RadarDb, { token: string; index: OrderIndex; catchUp?: () => void }>();

/** The current index: the cached one when nobody wrote since it was cached, else read afresh. */
export async function currentIndex(
  db: RadarDb,
): Promise<{ index: OrderIndex; reused: boolean; token: string | undefined }> {
  const cached = cache.get(db);
  const token = (await db.historyMeta.get(KEY))?.value;
  if (cached && token === cached.token) {
    cached.catchUp?.();
    cached.catchUp = undefined;
    return { index: cached.index, reused: true, token };
  }
  cache.delete(db);
  // Token and index read in one transaction, so the index is exactly the one that token marks.
  return db.transaction('r', db.orderIndex, db.historyMeta, async () => ({
    token: (await db.historyMeta.get(KEY))?.value,
    index: await OrderIndex.load(db),
    reused: false,
  }));
}

/**
 * Keeps `index` as the state `token` marks, once `catchUp` has added what the run just wrote (after a
 * run that committed every batch). Adding a million ids to the map takes a fifth of a second, so it is
 * left to the next run that uses the index, which a write elsewhere may make unnecessary.
 */
export const rememberIndex = (
  db: RadarDb,
  index: OrderIndex,
  token: string | undefined,
  catchUp?: () => void,
): void => {
  // A history never written has no token; its index is empty and reading it afresh costs nothing.
  if (token === undefined) cache.delete(db);
  else cache.set(db, { token, index, catchUp });
};

/** Drops the cached index (a run failed half-way, or rewrote chunks the index points into). */
export const forgetIndex = (db: RadarDb): void => {
  cache.delete(db);
};
