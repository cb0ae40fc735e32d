import { type Failure, fail, type Result } from '../lib/result';
import { createExportReader, type ExportReader } from './reader';
import type { ExportOptions, OrderExport } from './types';

/**
 * What to do with each row PapaParse hands over, whether the text is a whole string (read.ts) or a
 * file streamed in a worker: the first non-blank row is the header that picks the format, the rest go
 * to its reader, and a row PapaParse could not split is recorded as skipped.
 */
export type RowFeeder = {
  /** Feeds one row; false when the file cannot go on (its header cannot be read or is unknown). */
  feed(row: string[], rowNumber: number, csvError: string | undefined): boolean;
  /** Whether the header has been read (rows fed from then on are data rows). */
  readonly reading: boolean;
  finish(): Result<OrderExport>;
};

export function rowFeeder(name: string, opts: ExportOptions): RowFeeder {
  let reader: ExportReader | undefined;
  let failure: Failure | undefined;
  return {
    feed(row, rowNumber, csvError) {
      if (reader) {
        if (csvError) reader.skip(rowNumber, csvError);
        else reader.push(row, rowNumber);
        return true;
      }
      if (row.every((c) => c.trim() === '')) return true; // blank lines before the header
      const made = csvError
        ? fail('invalid-message', `${name}: the header on line ${rowNumber} cannot be read: ${csvError}`)
        : createExportReader(row, { ...opts, name });
      if (made.ok) reader = made.data;
      else failure = made;
      return made.ok;
    },
    get reading() {
      return reader !== undefined;
    },
    finish() {
      if (failure) return failure;
      return reader ? reader.finish() : fail('invalid-message', `${name}: the file is empty`);
    },
  };
}
