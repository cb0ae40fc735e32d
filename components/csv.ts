import Papa from 'papaparse';

/** A cell as it goes into a CSV: numbers unformatted (no thousands separators, no units), empty for none. */
export type CsvCell = string | number | null | undefined;

/**
 * One table as CSV: a header row in words, then the rows, every field quoted where it must be (commas,
 * quotes, line breaks) by PapaParse. A leading BOM lets spreadsheets read UTF-8 (stream ids, Chinese labels).
 * Fields a spreadsheet would run as a formula (= + - @ first) are prefixed with a quote, since stream ids
 * and carrier names come from pages and files the seller does not control.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((r) =>
    r.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? c : safe(c))),
  );
  return `\uFEFF${Papa.unparse({ fields: [...headers], data }, { newline: '\r\n' })}`;
}

const safe = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** A file name from a title: "Backlog per stage, demo:7301" → "backlog-per-stage-demo-7301.csv". */
export const csvFileName = (title: string): string =>
  `${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'table'
  }.csv`;
