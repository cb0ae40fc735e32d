import type { ComponentChildren } from 'preact';
import type { CsvCell } from '../csv';
import { CsvButton } from './CsvButton';

export type Column<R> = {
  /** The header the page shows, in the page's language. */
  header: string;
  /** The CSV's header, English in every language (stable columns); `header` when absent. */
  csv?: string;
  /** The raw value: what the CSV gets, unformatted. */
  value: (row: R) => CsvCell;
  /** What the page shows; the raw value as text when absent. */
  show?: (row: R) => ComponentChildren;
  num?: boolean;
  /** Marks the row's header cell (the first column usually). */
  rowHeader?: boolean;
  /** A test hook on the cells of this column. */
  col?: string;
};

/**
 * A captioned table and its CSV download from one column list, so the file always holds what the table
 * shows (numbers raw; headers the same columns, in English).
 */
export function DataTable<R>({
  title,
  file,
  columns,
  rows,
  testId,
  rowKey,
}: {
  title: string;
  /** The CSV file's name before slugging, English: `title` when absent. */
  file?: string;
  columns: Column<R>[];
  rows: R[];
  testId: string;
  rowKey?: (row: R) => string;
}) {
  return (
    <div class="data-table">
      <table data-testid={testId}>
        <caption>{title}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" class={c.num ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={rowKey?.(r) ?? i} data-row={rowKey?.(r)}>
              {columns.map((c) => {
                const content = c.show ? c.show(r) : (c.value(r) ?? '—');
                const cls = c.num ? 'num' : undefined;
                return c.rowHeader ? (
                  <th key={c.header} scope="row" class={cls} data-col={c.col}>
                    {content}
                  </th>
                ) : (
                  <td key={c.header} class={cls} data-col={c.col}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton
        title={title}
        file={file}
        headers={columns.map((c) => c.csv ?? c.header)}
        rows={() => rows.map((r) => columns.map((c) => c.value(r)))}
      />
    </div>
  );
}
