import { type CsvCell, csvFileName, toCsv } from '../csv';
import { downloadText } from '../download';

/** "Download CSV" for one table, named for it, so every table on the report can leave as a file. */
export function CsvButton({
  title,
  headers,
  rows,
}: {
  title: string;
  headers: readonly string[];
  rows: () => readonly (readonly CsvCell[])[];
}) {
  return (
    <button
      type="button"
      class="csv-button"
      aria-label={`Download CSV: ${title}`}
      onClick={() => downloadText(csvFileName(title), toCsv(headers, rows()), 'text/csv')}
    >
      Download CSV
    </button>
  );
}
