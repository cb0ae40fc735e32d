import Papa from 'papaparse';
import type { Rejection } from '../../core/exports/types';
import { downloadText } from '../download';

/**
 * The rejected rows as CSV (row, field, reason), for the seller to fix the export in a spreadsheet.
 * Built from the rejection list only, which never holds a cell's text, so the file holds no personal
 * data. Formula escaping keeps a column title beginning with "=" or "+" from running in Excel.
 */
export function rejectedCsv(rejected: readonly Rejection[]): string {
  return Papa.unparse(
    { fields: ['row', 'field', 'reason'], data: rejected.map((r) => [r.row, r.field, r.reason]) },
    { newline: '\r\n', escapeFormulae: true },
  );
}

/** "orders 2026-11.csv" → "orders 2026-11-rejected-rows.csv". */
export const rejectedFileName = (source: string): string => `${source.replace(/\.[^.]*$/, '')}-rejected-rows.csv`;

/**
 * Saves the CSV through the browser's own download. The byte-order mark makes Excel read it as UTF-8,
 * which the Douyin column titles (主订单编号…) need.
 */
export const downloadCsv = (fileName: string, text: string): void =>
  downloadText(fileName, `\uFEFF${text}`, 'text/csv;charset=utf-8');
