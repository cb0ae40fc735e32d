import type { RadarDb } from '../db';
import { exclusive } from '../history/exclusive';
import { forgetIndex } from '../history/generation';
import { withHistoryLock } from '../history-store';
import { removeStored } from '../stored';
import { everyStoredKey } from '../stored-keys';

/** How many rows each object store held, and how many extension-storage keys there were, before "Erase all". */
export type Erased = { tables: Record<string, number>; storedKeys: number };

/**
 * "Erase all LES Radar data": every object store of the database emptied in one transaction (under the
 * history's lock, so an import in another tab cannot write half a batch after it), then every key of
 * the stored-keys registry removed from extension storage (the settings, the risk alerts' rate limit,
 * the overlay's place per site). The database itself stays, empty, at its version.
 */
export async function eraseAll(db: RadarDb): Promise<Erased> {
  const tables = await withHistoryLock(() =>
    exclusive(db, () =>
      db.transaction('rw', db.tables, async () => {
        forgetIndex(db);
        const counts: Record<string, number> = {};
        for (const table of db.tables) {
          counts[table.name] = await table.count();
          await table.clear();
        }
        return counts;
      }),
    ),
  );
  const storedKeys = await removeStored(everyStoredKey.keys, everyStoredKey.families);
  return { tables, storedKeys };
}
