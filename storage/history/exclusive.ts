import type Dexie from 'dexie';

const tails = new Map<string, Promise<unknown>>();

/**
 * Runs the history's write runs on one database one after another within this context: a run reads
 * the id index before its transactions, so two interleaved runs could both append to the same chunk.
 * Across contexts the history has one writer (the import worker), as every table of the database has.
 */
export function exclusive<T>(db: Dexie, run: () => Promise<T>): Promise<T> {
  const prev = tails.get(db.name) ?? Promise.resolve();
  const result = prev.then(run);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  tails.set(db.name, tail);
  void tail.then(() => {
    if (tails.get(db.name) === tail) tails.delete(db.name);
  });
  return result;
}
