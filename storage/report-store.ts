import { type StreamReport, streamReportSchema } from '../core/report/report-schema';
import type { RadarDb } from './db';
import { describeIssues } from './history/backup-schema';

/**
 * The `reports` table: one final report per stream (core/report/report-schema.ts). Checked by its schema on
 * the way in and on the way out, so a report from an older version or a damaged profile is named as
 * such instead of showing wrong figures.
 */

function checked(report: unknown, where: string): StreamReport {
  const parsed = streamReportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`${where}: not a valid stream report: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}

/** Stores (or replaces) the stream's final report. */
export async function saveStreamReport(db: RadarDb, report: StreamReport): Promise<void> {
  await db.reports.put(checked(report, 'saveStreamReport'));
}

/** The stream's stored report, or undefined when it has none. */
export async function loadStreamReport(db: RadarDb, streamId: string): Promise<StreamReport | undefined> {
  const row = await db.reports.get(streamId);
  return row === undefined ? undefined : checked(row, `the stored report of ${streamId}`);
}

/** Every stored report, newest first. */
export async function listStreamReports(db: RadarDb): Promise<StreamReport[]> {
  const rows = await db.reports.orderBy('createdAt').reverse().toArray();
  return rows.map((r) => checked(r, `the stored report of ${r.streamId}`));
}
