import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import type { RadarDb } from '../../../../storage/db';
import { ImportService, type ImportServiceOptions } from '../../../../workers/import/import-service';
import type { ImportOutcome, ImportProgress, ImportSummary } from '../../../../workers/import/types';

/** The day after the fixtures' orders (24–25 November 2026): well inside the 120 days kept. */
export const NOW = Date.parse('2026-11-26T12:00:00Z');
export const LONDON = { timeZone: 'Europe/London', now: NOW, retentionDays: 120 };
export const SHANGHAI = { timeZone: 'Asia/Shanghai', now: NOW, retentionDays: 120 };

/** A fixture of tests/fixtures/exports/ (described in tests/unit/core/exports/helpers.ts) as the page's File. */
export const exportFile = (name: string): File =>
  new File([readFileSync(new URL(`../../../fixtures/exports/${name}`, import.meta.url))], name);

export const textFile = (name: string, text: string): File => new File([text], name, { type: 'text/csv' });

/** A clock that moves `step` ms each time it is read, so progress pacing is deterministic. */
export function steppingClock(step: number): () => number {
  let t = 0;
  return () => {
    t += step;
    return t;
  };
}

/** Runs one import and records its progress reports. */
export async function runImport(
  db: RadarDb,
  file: File,
  opts = SHANGHAI,
  options: ImportServiceOptions = {},
): Promise<{ outcome: ImportOutcome; reports: ImportProgress[] }> {
  const reports: ImportProgress[] = [];
  const outcome = await new ImportService(db, options).importFile(file, opts, (p) => reports.push(p));
  return { outcome, reports };
}

/** The summary of an import that must have succeeded. */
export function summaryOf(outcome: ImportOutcome): ImportSummary {
  if (outcome.kind !== 'done') throw new Error(`expected a finished import, got ${JSON.stringify(outcome)}`);
  return outcome.summary;
}

/** How many records each history table holds. */
export async function counts(db: RadarDb) {
  return {
    chunks: await db.orderChunks.count(),
    index: await db.orderIndex.count(),
    imports: await db.imports.count(),
  };
}
