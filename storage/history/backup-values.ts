import { type KeptField, keptValueProblem, plausibleTimeProblem } from '../../core/exports/kept-values';
import type { Backup, BackupChunk } from './backup-schema';
import { TIME_COLUMNS } from './records';

/**
 * The import's own checks run on every row a backup brings (core/exports/kept-values.ts): order ids,
 * carriers, live rooms, products, promises and regions in the form an import keeps them, and every
 * instant plausible. The first violation refuses the whole restore, naming the table, the row and the
 * field; it runs before anything is written, so a refused restore changes nothing.
 */
export function checkBackupValues(b: Backup, now: number): void {
  const refuse = (where: string, field: string, reason: string): never => {
    throw new Error(`restoreBackup: refused, nothing was restored: ${where}, ${field}: ${reason}`);
  };
  const time = (where: string, field: string, t: number) => {
    const problem = plausibleTimeProblem(t, now);
    if (problem) refuse(where, field, problem);
  };
  for (const [i, s] of b.streams.entries()) {
    time(`streams[${i}]`, 'firstAt', s.firstAt);
    time(`streams[${i}]`, 'lastAt', s.lastAt);
  }
  for (const [i, s] of b.snapshots.entries()) time(`snapshots[${i}]`, 'at', s.at);
  for (const [i, e] of b.estimates.entries()) time(`estimates[${i}]`, 'at', e.at);
  for (const [i, r] of b.imports.entries()) time(`imports[${i}]`, 'at', r.at);
  for (const [i, v] of (b.settingsHistory ?? []).entries()) time(`settingsHistory[${i}]`, 'savedAt', v.savedAt);
  for (const [i, r] of (b.reports ?? []).entries()) time(`reports[${i}]`, 'createdAt', r.createdAt);
  for (const [k, c] of b.orderChunks.entries()) checkChunk(c, `orderChunks[${k}]`, time, refuse);
}

function checkChunk(
  c: BackupChunk,
  at: string,
  time: (where: string, field: string, t: number) => void,
  refuse: (where: string, field: string, reason: string) => never,
): void {
  const text = (field: KeptField, values: readonly string[], rowOf: (j: number) => string) => {
    // Each distinct text once: a million orders carry a few hundred carriers.
    const seen = new Set<string>();
    values.forEach((v, j) => {
      if (seen.has(v)) return;
      seen.add(v);
      const problem = keptValueProblem(field, v);
      if (problem) refuse(rowOf(j), field, problem);
    });
  };
  const row = (r: number) => `${at} row ${r}`;
  c.ids.forEach((id, r) => {
    const problem = keptValueProblem('orderId', id);
    if (problem) refuse(row(r), 'orderId', problem);
  });
  text('carrier', c.carrier, row);
  text('liveRoomId', c.liveRoomId, row);
  for (const field of ['product', 'promise', 'region'] as const) {
    const col = c[field];
    if (!col) continue;
    // A dictionary value is named by the first row that uses it (or its place when none does).
    text(field, col.values, (j) => {
      const r = col.codes.indexOf(j);
      return r >= 0 ? row(r) : `${at} ${field}.values[${j}] (no row uses it)`;
    });
  }
  for (const name of TIME_COLUMNS) {
    c.columns[name]?.forEach((t, r) => {
      if (t !== null) time(row(r), name, t);
    });
  }
}
