import * as z from 'zod/mini';
import '../../core/lib/zod-locale';
import { estimateSchema } from '../../core/outlook/estimate-schema';
import { snapshotSchema } from '../../core/records/snapshot';
import { streamReportSchema } from '../../core/report/report-schema';
import { settingsSchema } from '../../core/settings/settings';
import { ROW_SPAN } from './records';

/**
 * The backup file: every table as JSON, order chunks with their columns as plain number arrays (NaN,
 * "not happened", written as null) and their order ids. Objects are read with zod's default of
 * dropping unknown keys, so a backup cannot bring a field into the database that the store never writes.
 */
export const BACKUP_APP = 'les-radar';
export const BACKUP_VERSION = 2;
/**
 * Versions `restoreBackup` reads: 1 lacks the order details (created and RTS times, quantity, product,
 * promise, region), which restore as unknown, and the settings history and stream reports.
 */
export const BACKUP_VERSIONS = [1, 2] as const;

const count = z.int().check(z.nonnegative());
const time = z.array(z.nullable(z.number()));
const code = (max: number) => z.array(z.int().check(z.minimum(0), z.maximum(max)));
/** A dictionary column: the strings, '' first, and one code into them per order. */
const strings = z.object({ values: z.array(z.string()), codes: code(0xffffffff) });

// The stream's id and source within the bounds a snapshot's are checked by.
const streamSchema = z.object({
  streamId: snapshotSchema.shape.streamId,
  source: snapshotSchema.shape.source,
  firstSeq: count,
  firstAt: z.number(),
  firstPaidOrders: count,
  lastSeq: count,
  lastAt: z.number(),
  lastPaidOrders: count,
  snapshots: count,
});

const chunkSchema = z.object({
  id: count,
  count: z.int().check(z.minimum(1)),
  ids: z.array(z.string().check(z.minLength(1))),
  columns: z.object({
    paidAt: time,
    shippedAt: time,
    deliveredAt: time,
    deliverBy: time,
    shipBy: time,
    cancelledAt: time,
    cancelledBy: code(4),
    flags: code(255),
    // Version 2 of the backup; a version-1 file has none of these, and the orders get them unknown.
    createdAt: z.optional(time),
    rtsAt: z.optional(time),
    quantity: z.optional(code(0xffffffff)),
  }),
  carrier: z.array(z.string()),
  liveRoomId: z.array(z.string()),
  product: z.optional(strings),
  promise: z.optional(strings),
  region: z.optional(strings),
});

const importSchema = z.object({
  id: z.int().check(z.positive()),
  // The imported file's name, as long as a file system allows.
  name: z.string().check(z.maxLength(255)),
  format: z.enum(['tiktok', 'douyin']),
  rows: count,
  added: count,
  updated: count,
  unchanged: count,
  rejected: count,
  at: z.number(),
});

/**
 * A saved settings version, its settings checked by today's schema, which drops keys it does not know
 * (so a backup cannot bring in a field the settings never had). Settings fields are only ever added
 * with a default, so an old version still reads.
 */
const settingsVersionSchema = z.object({
  id: z.int().check(z.positive()),
  savedAt: z.number(),
  settings: settingsSchema,
});

export const backupSchema = z.object({
  app: z.literal(BACKUP_APP),
  version: z.literal(BACKUP_VERSIONS),
  exportedAt: z.number(),
  streams: z.array(streamSchema),
  snapshots: z.array(snapshotSchema),
  estimates: z.array(estimateSchema),
  imports: z.array(importSchema),
  orderChunks: z.array(chunkSchema),
  // Version 2 of the backup; a version-1 file has neither.
  settingsHistory: z.optional(z.array(settingsVersionSchema)),
  reports: z.optional(z.array(streamReportSchema)),
});

export type Backup = z.output<typeof backupSchema>;
export type BackupChunk = z.output<typeof chunkSchema>;

/** The first few problems, each with its path (`orderChunks[2].columns.paidAt[7]`): a broken file can have millions. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const where = (path: readonly PropertyKey[]) =>
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(top)';
  const shown = issues.slice(0, 3).map((i) => `${where(i.path)}: ${i.message}`);
  if (issues.length > 3) shown.push(`and ${issues.length - 3} more problems`);
  return shown.join('; ');
}

/** Checks what the schema cannot: array lengths against `count`, and keys that must be unique. */
export function checkConsistent(b: Backup): void {
  const unique = <T>(table: string, rows: readonly T[], key: (r: T) => string) => {
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      const k = key(r);
      const first = seen.get(k);
      if (first !== undefined)
        throw new Error(`restoreBackup: ${table}[${i}]: the key ${k} is also that of ${table}[${first}]`);
      seen.set(k, i);
    });
  };
  unique('streams', b.streams, (s) => JSON.stringify(s.streamId));
  unique('snapshots', b.snapshots, (s) => JSON.stringify([s.streamId, s.seq]));
  unique('estimates', b.estimates, (e) => JSON.stringify(e.streamId));
  unique('imports', b.imports, (r) => String(r.id));
  unique('orderChunks', b.orderChunks, (c) => String(c.id));
  unique('settingsHistory', b.settingsHistory ?? [], (v) => String(v.id));
  unique('reports', b.reports ?? [], (r) => JSON.stringify(r.streamId));
  const orderAt = new Map<string, string>();
  b.orderChunks.forEach((c, k) => {
    const at = `orderChunks[${k}]`;
    if (c.count >= ROW_SPAN) throw new Error(`restoreBackup: ${at}.count: more than ${ROW_SPAN - 1} orders`);
    const arrays: [string, { length: number }][] = [
      ['ids', c.ids],
      ['carrier', c.carrier],
      ['liveRoomId', c.liveRoomId],
      // A version-1 backup has no createdAt, rtsAt or quantity: nothing to check.
      ...Object.entries(c.columns).flatMap(([name, col]): [string, { length: number }][] =>
        col ? [[`columns.${name}`, col]] : [],
      ),
    ];
    for (const name of ['product', 'promise', 'region'] as const) {
      const col = c[name];
      if (!col) continue;
      arrays.push([`${name}.codes`, col.codes]);
      if (col.values[0] !== '') throw new Error(`restoreBackup: ${at}.${name}.values[0]: must be "" (unknown)`);
      const bad = col.codes.findIndex((k) => k >= col.values.length);
      if (bad >= 0) {
        throw new Error(`restoreBackup: ${at}.${name}.codes[${bad}]: no value ${col.codes[bad]} in ${name}.values`);
      }
    }
    for (const [name, arr] of arrays) {
      if (arr.length !== c.count) {
        throw new Error(`restoreBackup: ${at}.${name}: ${arr.length} values where count is ${c.count}`);
      }
    }
    c.ids.forEach((id, r) => {
      const other = orderAt.get(id);
      if (other) throw new Error(`restoreBackup: ${at}.ids[${r}]: the order id "${id}" is also at ${other}`);
      orderAt.set(id, `${at}.ids[${r}]`);
    });
  });
}
