import { fail, ok, type Result } from '../lib/result';
import { isTimeZone } from '../lib/time';
import { timestampReader } from './dates';
import { douyin } from './douyin';
import type { FormatSpec } from './format';
import { isProblem } from './format';
import { OrderStore } from './store';
import { tiktok } from './tiktok';
import type { ExportFormat, ExportOptions, OrderExport, Rejection } from './types';
import { cell } from './values';

/**
 * Reads an export one row at a time, so a worker can stream a million rows through it: memory grows
 * with the number of ORDERS (the output), never with the file. Rows are arrays as the CSV parser gives
 * them; columns are found by header name once, so reordered and extra columns do not matter.
 */
export type ExportReader = {
  format: ExportFormat;
  /** One data row; `rowNumber` is its 1-based line in the file, the header being line 1. */
  push(row: readonly string[], rowNumber: number): void;
  /** A row the CSV layer could not split (an unbalanced quote): counted and reported, not read. */
  skip(rowNumber: number, reason: string): void;
  finish(): Result<OrderExport>;
};

// biome-ignore lint/suspicious/noExplicitAny: each format has its own column keys
const FORMATS: readonly FormatSpec<any>[] = [tiktok, douyin];
/** A file that is garbage from top to bottom would otherwise list a million reasons. */
const MAX_REJECTED = 1000;

/** Header cells compare without case, surrounding or repeated spaces, or a stray byte-order mark. */
const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

export function createExportReader(
  header: readonly string[],
  opts: ExportOptions & { name: string },
): Result<ExportReader> {
  const { name } = opts;
  if (!isTimeZone(opts.timeZone)) return fail('invalid-message', `${name}: unknown time zone "${opts.timeZone}"`);
  const positions = new Map<string, number[]>();
  header.forEach((h, i) => {
    positions.set(norm(h), [...(positions.get(norm(h)) ?? []), i]);
  });
  const spec = FORMATS.find((f) => positions.has(norm(f.columns[f.key])));
  if (!spec) {
    const wanted = FORMATS.map((f) => `${f.label}: ${f.required.map((k) => f.columns[k]).join(', ')}`);
    // The cells found are not quoted: in a file without a header line they would be a buyer's data.
    return fail(
      'invalid-message',
      `${name}: not a TikTok Shop or Douyin order export: none of its ${header.length} columns is ` +
        `"${tiktok.columns.orderId}" or "${douyin.columns.orderId}". Looked for the columns — ${wanted.join('; ')}`,
    );
  }
  // The allow-list resolved to positions: the only cells `push` will ever look at.
  const at: Record<string, number> = {};
  for (const [key, title] of Object.entries<string>(spec.columns)) {
    const found = positions.get(norm(title)) ?? [];
    if (found.length > 1) {
      return fail('invalid-message', `${name}: the column "${title}" appears ${found.length} times`);
    }
    if (found.length === 0 && spec.required.includes(key)) {
      return fail('invalid-message', `${name}: a ${spec.label} export needs the column "${title}", which is missing`);
    }
    at[key] = found.length === 1 ? found[0] : -1;
  }
  const present = Object.keys(at).filter((key) => at[key] >= 0);
  const fieldName = (key: string) => (at[key] >= 0 ? header[at[key]].replace(/^\uFEFF/, '').trim() : spec.columns[key]);
  const time = timestampReader(opts.timeZone, spec.slash(opts));
  const store = new OrderStore(spec.amountPerLine);
  const rejected: Rejection[] = [];
  let unlisted = 0;
  let firstUnlisted = 0;
  let rows = 0;
  const reject = (r: Rejection) => {
    if (rejected.length < MAX_REJECTED) rejected.push(r);
    else if (unlisted++ === 0) firstUnlisted = r.row;
  };

  return ok({
    format: spec.format,
    push(row, rowNumber) {
      if (row.length === 1 && row[0].trim() === '') return; // an empty line
      // A row with a different number of fields has its columns shifted (an unquoted comma in an
      // address): reading it by position would put the wrong cell, perhaps a phone number, in a field.
      if (row.length !== header.length) {
        rows++;
        reject({
          row: rowNumber,
          field: '(row)',
          reason: `${row.length} fields where the header has ${header.length}`,
        });
        return;
      }
      // Only allow-listed positions are ever indexed: no other cell of the row is looked at.
      // A column the file lacks is '' without indexing row[-1], which sends V8 to a slow property lookup.
      const get = (key: string) => (at[key] < 0 ? '' : cell(row[at[key]]));
      if (present.every((key) => get(key) === '')) return; // a filler line of commas
      rows++;
      const line = spec.line(get, time);
      if (isProblem(line)) reject({ row: rowNumber, field: fieldName(line.column), reason: line.reason });
      else store.add(line);
    },
    skip(rowNumber, reason) {
      rows++;
      reject({ row: rowNumber, field: '(row)', reason });
    },
    finish() {
      const list = [...rejected];
      if (unlisted > 0) {
        list.push({
          row: firstUnlisted,
          field: '(file)',
          reason: `this row and ${unlisted - 1} after it were rejected too`,
        });
      }
      return ok({ format: spec.format, ...store.finish(), rows, rejected: list });
    },
  });
}
