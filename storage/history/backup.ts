import type { RadarDb } from '../db';
import {
  BACKUP_APP,
  BACKUP_VERSION,
  type BackupChunk,
  backupSchema,
  checkConsistent,
  describeIssues,
} from './backup-schema';
import { checkBackupValues } from './backup-values';
import { exclusive } from './exclusive';
import { forgetIndex, newToken, putToken } from './generation';
import {
  CODE_COLUMNS,
  makeChunk,
  type OrderChunk,
  type OrderIndexRow,
  STRING_COLUMNS,
  storedForm,
  TIME_COLUMNS,
} from './records';

const nullIfNaN = (v: number) => (Number.isNaN(v) ? null : v);

function chunkJson(chunk: OrderChunk, ids: string[]): BackupChunk {
  const n = chunk.count;
  const columns = {} as BackupChunk['columns'];
  for (const name of TIME_COLUMNS) columns[name] = Array.from(chunk.columns[name].subarray(0, n), nullIfNaN);
  for (const name of CODE_COLUMNS) columns[name] = Array.from(chunk.columns[name].subarray(0, n));
  const strings = (name: (typeof STRING_COLUMNS)[number]) => ({
    values: chunk[name].values,
    codes: Array.from(chunk[name].codes.subarray(0, n)),
  });
  const { carrier, liveRoomId } = chunk;
  const [product, promise, region] = STRING_COLUMNS.map(strings);
  return { id: chunk.id, count: n, ids, columns, carrier, liveRoomId, product, promise, region };
}

/**
 * The tables a backup carries. Not `feedOrders`: it holds a stream id and the platform's order ids its
 * live count took from an order feed (no buyer, product or time: no personal data), and it matters only
 * while that stream is live, so that a poll or a reload counts no order twice. A restored stream has
 * none, like a stream recorded before the table existed: a feed that comes back to it takes its first
 * window as a baseline and counts nothing twice. Nor `historyMeta`, a restore writes its own token.
 */
const tablesOf = (db: RadarDb) => [
  db.streams,
  db.snapshots,
  db.estimates,
  db.imports,
  db.orderChunks,
  db.orderIndex,
  db.settingsHistory,
  db.reports,
];

/**
 * Every table as one JSON text (the format of backup-schema.ts), read in one transaction so it is a
 * consistent picture. Chunks are turned into text a few at a time, so a million orders never exist
 * as plain arrays all at once: only their text does (about 110 bytes an order: 1M orders, 111 MB).
 */
export function exportBackup(db: RadarDb): Promise<string> {
  return db.transaction('r', tablesOf(db), async () => {
    const head = JSON.stringify({
      app: BACKUP_APP,
      version: BACKUP_VERSION,
      exportedAt: Date.now(),
      streams: await db.streams.toArray(),
      snapshots: await db.snapshots.toArray(),
      estimates: await db.estimates.toArray(),
      imports: await db.imports.toArray(),
      settingsHistory: await db.settingsHistory.toArray(),
      reports: await db.reports.toArray(),
    });
    const parts = [head.slice(0, -1), ',"orderChunks":['];
    const keys = await db.orderChunks.toCollection().primaryKeys();
    for (let b = 0; b < keys.length; b += 10) {
      const group = keys.slice(b, b + 10);
      const chunks = await db.orderChunks.bulkGet(group);
      const lists = await db.orderIndex.bulkGet(group);
      chunks.forEach((chunk, k) => {
        const ids = lists[k]?.ids;
        if (!chunk || !ids) throw new Error(`exportBackup: chunk ${group[k]} has no id list`);
        parts.push((b + k === 0 ? '' : ',') + JSON.stringify(chunkJson(chunk, ids)));
      });
    }
    parts.push(']}');
    return parts.join('');
  });
}

/** The chunk record of a backup's chunk; a version-1 chunk's missing columns come back unknown. */
function chunkRecord(c: BackupChunk): OrderChunk {
  const time = (v: (number | null)[] | undefined) =>
    v ? Float64Array.from(v, (x) => x ?? Number.NaN) : new Float64Array(c.count).fill(Number.NaN);
  const col = c.columns;
  const columns = {
    paidAt: time(col.paidAt),
    shippedAt: time(col.shippedAt),
    deliveredAt: time(col.deliveredAt),
    deliverBy: time(col.deliverBy),
    shipBy: time(col.shipBy),
    cancelledAt: time(col.cancelledAt),
    cancelledBy: Uint8Array.from(col.cancelledBy),
    flags: Uint8Array.from(col.flags),
    createdAt: time(col.createdAt),
    rtsAt: time(col.rtsAt),
    quantity: col.quantity ? Uint32Array.from(col.quantity) : new Uint32Array(c.count),
  };
  const strings = (s: { values: string[]; codes: number[] } | undefined) =>
    s ? { values: s.values, codes: Uint32Array.from(s.codes) } : { values: [''], codes: new Uint32Array(c.count) };
  const { product, promise, region } = c;
  const dictionaries = { product: strings(product), promise: strings(promise), region: strings(region) };
  return makeChunk(c.id, c.count, columns, c.carrier, c.liveRoomId, dictionaries);
}

export type RestoreResult = {
  streams: number;
  snapshots: number;
  estimates: number;
  imports: number;
  orders: number;
  settingsVersions: number;
  reports: number;
};

/**
 * Restores a backup written by `exportBackup` into an EMPTY database, all tables in one transaction.
 * Throws, naming the field, when the text is not a valid backup; refuses a database holding any row.
 * Every row passes the import's checks first (backup-values.ts, instants judged at `now`): a file
 * carrying what no import would keep is refused whole, before anything is written.
 */
export async function restoreBackup(db: RadarDb, json: string, now = Date.now()): Promise<RestoreResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`restoreBackup: not a backup, the text is not JSON (${e instanceof Error ? e.message : e})`);
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`restoreBackup: not a valid backup: ${describeIssues(parsed.error.issues)}`);
  const b = parsed.data;
  // Values first: a duplicate order id is quoted in its message, so it must be known to be an id, not a phone.
  checkBackupValues(b, now);
  checkConsistent(b);
  const chunks = b.orderChunks.map(chunkRecord);
  const lists: OrderIndexRow[] = b.orderChunks.map((c) => ({ chunkId: c.id, ids: c.ids }));
  const { settingsHistory = [], reports = [] } = b;
  return exclusive(db, () =>
    db.transaction('rw', [...tablesOf(db), db.feedOrders, db.historyMeta], async () => {
      forgetIndex(db);
      const held: string[] = [];
      for (const table of [...tablesOf(db), db.feedOrders]) {
        const n = await table.count();
        if (n > 0) held.push(`${n} in ${table.name}`);
      }
      if (held.length > 0) {
        throw new Error(
          `restoreBackup: the database "${db.name}" is not empty (${held.join(', ')}); a backup is restored only into an empty database`,
        );
      }
      await db.streams.bulkAdd(b.streams);
      await db.snapshots.bulkAdd(b.snapshots);
      await db.estimates.bulkAdd(b.estimates);
      await db.imports.bulkAdd(b.imports);
      await db.orderChunks.bulkAdd(chunks.map(storedForm));
      await db.orderIndex.bulkAdd(lists);
      await db.settingsHistory.bulkAdd(settingsHistory);
      await db.reports.bulkAdd(reports);
      await putToken(db, newToken());
      return {
        streams: b.streams.length,
        snapshots: b.snapshots.length,
        estimates: b.estimates.length,
        imports: b.imports.length,
        orders: chunks.reduce((s, c) => s + c.count, 0),
        settingsVersions: settingsHistory.length,
        reports: reports.length,
      };
    }),
  );
}
