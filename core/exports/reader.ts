import { fail, ok, type Result } from '../lib/result';
import { isTimeZone } from '../lib/time';
import { resolveColumns } from './columns';
import { timestampReader } from './dates';
import { isProblem } from './format';
import { plausibleTimeProblem } from './kept-values';
import { OrderStore } from './store';
import type { ExportFormat, ExportOptions, OrderExport, Rejection } from './types';
import { cell } from './values';
import { type Vocabulary, wordTally } from './words';

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

/** A file that is garbage from top to bottom would otherwise list a million reasons. */
const MAX_REJECTED = 1000;

export function createExportReader(
  header: readonly string[],
  opts: ExportOptions & { name: string },
): Result<ExportReader> {
  const { name } = opts;
  if (!isTimeZone(opts.timeZone)) return fail('invalid-message', `${name}: unknown time zone "${opts.timeZone}"`);
  const resolved = resolveColumns(header, name);
  if (!resolved.ok) return resolved;
  // The allow-list resolved to positions: the only cells `push` will ever look at.
  const { spec, at } = resolved.data;
  const present = Object.keys(at).filter((key) => at[key] >= 0);
  const fieldName = (key: string) => (at[key] >= 0 ? header[at[key]].replace(/^\uFEFF/, '').trim() : spec.columns[key]);
  // A time no backup would restore (1970, 2099: kept-values.ts) is a rejected row, not a kept order that
  // makes every later backup unrestorable. Without `now` only the lower bound applies.
  const latest = opts.now ?? Number.POSITIVE_INFINITY;
  const time = Object.assign(timestampReader(opts.timeZone, spec.slash(opts)), {
    implausible: (t: number) => (Number.isNaN(t) ? null : plausibleTimeProblem(t, latest)),
  });
  const store = new OrderStore(spec.amountPerLine);
  const tallies = (Object.entries(spec.words) as [string, Vocabulary][])
    .filter(([key]) => at[key] >= 0)
    .map(([key, vocab]) => ({ key, tally: wordTally(fieldName(key), vocab) }));
  const rejected: Rejection[] = [];
  let unlisted = 0;
  let firstUnlisted = 0;
  let rows = 0;
  // Only allow-listed positions are ever indexed: no other cell of the row is looked at. One `get` for
  // every row, reading the row `push` was given, rather than a fresh closure per row.
  // A column the file lacks is '' without indexing row[-1], which sends V8 to a slow property lookup.
  let row_: readonly string[] = [];
  // Positions by key in a Map: the formats ask with a dozen keys at one site, a keyed lookup V8 serves
  // more slowly on a plain object (about 8 % of the reader's time in Node, noisy machine).
  const where = new Map(Object.entries(at));
  const get = (key: string) => {
    const i = where.get(key) ?? -1;
    return i < 0 ? '' : cell(row_[i]);
  };
  const presentAt = present.map((key) => at[key]);
  const filler = (row: readonly string[]) => {
    for (const i of presentAt) if (cell(row[i]) !== '') return false;
    return true;
  };
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
      row_ = row;
      if (filler(row)) return; // a filler line of commas
      rows++;
      const line = spec.line(get, time);
      if (isProblem(line)) {
        reject({ row: rowNumber, field: fieldName(line.column), reason: line.reason });
        return;
      }
      store.add(line);
      for (const t of tallies) t.tally.add(get(t.key), rowNumber);
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
      const warnings = tallies.flatMap((t) => t.tally.warnings());
      return ok({ format: spec.format, ...store.finish(), rows, rejected: list, warnings });
    },
  });
}
