import { type CsvCell, csvFileName, toCsv } from '../csv';
import { downloadText } from '../download';
import { t } from '../i18n';

/**
 * "Download CSV" for one table, named for it, so every table on the report can leave as a file. The
 * headers and the file's name (`file`, the English title) stay English in every language: stable columns.
 */
export function CsvButton({
  title,
  file,
  headers,
  rows,
}: {
  title: string;
  file?: string;
  headers: readonly string[];
  rows: () => readonly (readonly CsvCell[])[];
}) {
  return (
    <button
      type="button"
      class="csv-button"
      aria-label={t('csv_download_of', title)}
      onClick={() => downloadText(csvFileName(file ?? title), toCsv(headers, rows()), 'text/csv')}
    >
      {t('csv_download')}
    </button>
  );
}
