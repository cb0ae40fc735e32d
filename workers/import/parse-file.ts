import Papa from 'papaparse';
import { createExportReader, type ExportReader } from '../../core/exports/reader';
import type { ExportOptions, OrderExport } from '../../core/exports/types';
import { type Failure, fail, type Result } from '../../core/result';
import { BlobTextStream } from './blob-text-stream';

export type ParseOutcome = Result<OrderExport> | 'cancelled';

export type ParseRun = {
  done: Promise<ParseOutcome>;
  /** Stops reading and parsing at once; `done` resolves to 'cancelled' and nothing else happens. */
  cancel(): void;
};

/** Line breaks inside a record's cells: a quoted cell may hold them, so records ≠ lines. */
function breaksIn(row: readonly string[], ch: string): number {
  let n = 0;
  for (const c of row) for (let i = c.indexOf(ch); i !== -1; i = c.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Streams an export through PapaParse into `createExportReader`, row by row, as core/exports/read.ts
 * does with a whole string: memory grows with the orders, not with the file. Rows carry the line the
 * record starts on (the header is line 1), counted from the line breaks inside each record's cells
 * because a stream has no whole text to count in. `onSlice` runs after each slice of the file has
 * been parsed, with the data rows and bytes read so far.
 */
export function parseExportFile(
  file: Blob,
  name: string,
  decoder: TextDecoder,
  opts: ExportOptions & { sliceBytes: number; onSlice: (rows: number, bytes: number) => void },
): ParseRun {
  let reader: ExportReader | undefined;
  let failure: Failure | undefined;
  let parser: Papa.Parser | undefined;
  let over = false;
  let line = 1; // the line the next record starts on
  let rows = 0;
  let settle: (o: ParseOutcome) => void = () => {};
  const done = new Promise<ParseOutcome>((resolve) => {
    settle = (o) => {
      if (over) return;
      over = true;
      stream.stop();
      resolve(o);
    };
  });
  const stream = new BlobTextStream(file, decoder, opts.sliceBytes, () => opts.onSlice(rows, stream.bytesRead));
  const { timeZone, slashDates } = opts;

  Papa.parse<string[]>(stream as unknown as NodeJS.ReadableStream, {
    // Both platforms write commas; guessing would let a tab-wrapped id ("\t6917…") vote for tabs.
    delimiter: ',',
    step(result, p) {
      parser = p;
      const row = result.data;
      const rowNumber = line;
      line += 1 + breaksIn(row, result.meta.linebreak === '\r' ? '\r' : '\n');
      const csvError = result.errors[0]?.message;
      if (reader) {
        if (!(row.length === 1 && row[0].trim() === '')) rows++;
        if (csvError) reader.skip(rowNumber, csvError);
        else reader.push(row, rowNumber);
        return;
      }
      if (row.every((c) => c.trim() === '')) return; // blank lines before the header
      const made = csvError
        ? fail('invalid-message', `${name}: the header on line ${rowNumber} cannot be read: ${csvError}`)
        : createExportReader(row, { timeZone, slashDates, name });
      if (made.ok) reader = made.data;
      else {
        failure = made;
        p.abort();
      }
    },
    complete() {
      if (over) return; // cancelled: no need to finish what will not be stored
      if (failure) settle(failure);
      else settle(reader ? reader.finish() : fail('invalid-message', `${name}: the file is empty`));
    },
    error(e) {
      settle(fail('invalid-message', `${name}: ${e.message}`));
    },
  });
  void stream.start();

  return {
    done,
    cancel() {
      settle('cancelled');
      parser?.abort();
    },
  };
}
