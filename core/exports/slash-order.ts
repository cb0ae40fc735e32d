import Papa from 'papaparse';
import { norm } from './columns';
import { TIKTOK_TIME_HEADERS } from './tiktok';

/**
 * Which way a TikTok export's slash dates read, from its first rows. 03/04/2026 reads either way, so
 * only a number above 12 tells: in the first place it is a day (DD/MM/YYYY, most regions), in the second
 * a day too (MM/DD/YYYY, US exports). Only the time columns are looked at, never a buyer's cells.
 */
export type SlashGuess =
  /** Where the telling date is (`row`: the data row, the first after the header being 1) and what it reads. */
  | { order: 'DMY' | 'MDY'; row: number; column: string; text: string }
  /** none: no slash dates (year-first, or a Douyin file); ambiguous: every number ≤ 12; mixed: both seen. */
  | { order: 'unknown'; why: 'none' | 'ambiguous' | 'mixed' };

const SLASH = /^(\d{1,2})\/(\d{1,2})\/\d{4}\b/;

/** How much of a file is read to tell its date order: a few hundred rows of a TikTok export. */
export const SLASH_HEAD_BYTES = 64 * 1024;

/**
 * The guess from a file's first SLASH_HEAD_BYTES bytes (`head`; more is ignored) and its size: what the
 * import page and the replay both call, so the same file gets the same answer in both. TikTok writes
 * UTF-8; a GBK file is Douyin's, which has no slash dates.
 */
export function detectSlashOrderInHead(head: Uint8Array, fileBytes: number): SlashGuess {
  const text = new TextDecoder('utf-8').decode(head.subarray(0, SLASH_HEAD_BYTES));
  return detectSlashOrder(text, { complete: fileBytes <= SLASH_HEAD_BYTES });
}

/**
 * `text` is the file, or its start (`complete: false`: the last line, perhaps cut, is dropped); the first
 * `maxRows` data rows are looked at.
 */
export function detectSlashOrder(text: string, opts: { complete: boolean; maxRows?: number }): SlashGuess {
  const maxRows = opts.maxRows ?? 1000;
  const cut = text.lastIndexOf('\n');
  const whole = opts.complete || cut < 0 ? text : text.slice(0, cut);
  const rows = Papa.parse<string[]>(whole.replace(/^\uFEFF/, ''), { delimiter: ',', preview: maxRows + 1 }).data;
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerAt < 0) return { order: 'unknown', why: 'none' };
  const wanted = new Set(TIKTOK_TIME_HEADERS.map(norm));
  const header = rows[headerAt];
  const columns = header.flatMap((h, i) => (wanted.has(norm(h)) ? [i] : []));
  let dmy: SlashGuess | undefined;
  let mdy: SlashGuess | undefined;
  let ampm: SlashGuess | undefined;
  let slashes = 0;
  for (let r = headerAt + 1; r < rows.length; r++) {
    for (const i of columns) {
      const cell = (rows[r][i] ?? '').trim();
      const m = SLASH.exec(cell);
      if (!m) continue;
      slashes++;
      const at = { row: r - headerAt, column: header[i].trim(), text: cell };
      if (Number(m[1]) > 12) dmy ??= { order: 'DMY', ...at };
      if (Number(m[2]) > 12) mdy ??= { order: 'MDY', ...at };
      // 12-hour times are printed by US exports only (domain §5): month first when no day above 12 tells.
      if (/\d\s*[AP]\.?\s*M\.?$/i.test(cell)) ampm ??= { order: 'MDY', ...at };
    }
  }
  if (dmy && mdy) return { order: 'unknown', why: 'mixed' };
  return dmy ?? mdy ?? ampm ?? { order: 'unknown', why: slashes === 0 ? 'none' : 'ambiguous' };
}
