import Papa from 'papaparse';
import { fail, type Result } from '../lib/result';
import { rowFeeder } from './feed';
import type { ExportOptions, OrderExport } from './types';

/** Line breaks in text[from, to): a quoted cell may hold line breaks, so records ≠ lines. */
function breaks(text: string, from: number, to: number, linebreak: string): number {
  const ch = linebreak === '\r' ? '\r' : '\n';
  let n = 0;
  for (let i = text.indexOf(ch, from); i !== -1 && i < to; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Reads a whole export held in a string (decode bytes first with `decodeExport`). PapaParse splits
 * the rows — arrays, not header-keyed objects, which are several times slower — and hands them one at
 * a time to `createExportReader`, the same path a worker streaming a file uses.
 * Rejected rows carry the line the record starts on, as a text editor numbers it.
 */
export function readOrderExport(input: { name: string; text: string }, opts: ExportOptions): Result<OrderExport> {
  const { name } = input;
  // Every leading mark: PapaParse drops one itself, and its cursor then no longer counts in `text`'s places.
  const text = input.text.replace(/^\uFEFF+/, '');
  if (text.trim() === '') return fail('invalid-message', `${name}: the file is empty`);
  const feeder = rowFeeder(name, opts);
  let line = 1; // the line the next record starts on
  let from = 0;
  Papa.parse<string[]>(text, {
    // Both platforms write commas; guessing would let a tab-wrapped id ("\t6917…") vote for tabs.
    delimiter: ',',
    step(result, parser) {
      const row = result.data;
      const rowNumber = line;
      line += breaks(text, from, result.meta.cursor, result.meta.linebreak);
      from = result.meta.cursor;
      if (!feeder.feed(row, rowNumber, result.errors[0]?.message)) parser.abort();
    },
  });
  return feeder.finish();
}
