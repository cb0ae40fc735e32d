import Papa from 'papaparse';
import { rowFeeder } from '../../core/exports/feed';
import type { ExportOptions, OrderExport } from '../../core/exports/types';
import { fail, type Result } from '../../core/lib/result';
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
  const feeder = rowFeeder(name, { timeZone: opts.timeZone, slashDates: opts.slashDates, now: opts.now });
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

  Papa.parse<string[]>(stream as unknown as NodeJS.ReadableStream, {
    // Both platforms write commas; guessing would let a tab-wrapped id ("\t6917…") vote for tabs.
    delimiter: ',',
    step(result, p) {
      parser = p;
      const row = result.data;
      const rowNumber = line;
      line += 1 + breaksIn(row, result.meta.linebreak === '\r' ? '\r' : '\n');
      if (feeder.reading && !(row.length === 1 && row[0].trim() === '')) rows++;
      if (!feeder.feed(row, rowNumber, result.errors[0]?.message)) p.abort();
    },
    complete() {
      if (over) return; // cancelled: no need to finish what will not be stored
      settle(feeder.finish());
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
