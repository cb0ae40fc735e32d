import Papa from 'papaparse';
import { type Failure, fail, type Result } from '../result';
import { createExportReader, type ExportReader } from './reader';
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
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  if (text.trim() === '') return fail('invalid-message', `${name}: the file is empty`);
  let reader: ExportReader | undefined;
  let failure: Failure | undefined;
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
      const csvError = result.errors[0]?.message;
      if (reader) {
        if (csvError) reader.skip(rowNumber, csvError);
        else reader.push(row, rowNumber);
        return;
      }
      if (row.every((c) => c.trim() === '')) return; // blank lines before the header
      const made = csvError
        ? fail('invalid-message', `${name}: the header on line ${rowNumber} cannot be read: ${csvError}`)
        : createExportReader(row, { ...opts, name });
      if (made.ok) reader = made.data;
      else {
        failure = made;
        parser.abort();
      }
    },
  });
  if (failure) return failure;
  if (!reader) return fail('invalid-message', `${name}: the file is empty`);
  return reader.finish();
}
