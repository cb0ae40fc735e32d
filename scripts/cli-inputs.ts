import { detectSlashOrderInHead, SLASH_HEAD_BYTES } from '../core/exports/slash-order';
import type { Settings } from '../core/settings/settings';
import { parseSettings } from '../core/settings/settings-file';

/** What the replay and the backtest read alike from their command line: the settings file, the slash-date order. */

/** The settings file's bytes as settings, or the failure naming the file and the field. */
export function settingsFrom(path: string, bytes: Uint8Array, fail: (message: string) => never): Settings {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    fail(`${path}: not JSON: ${(error as Error).message}`);
  }
  const parsed = parseSettings(json);
  if (!parsed.ok) fail(`${path}: ${parsed.message.replace(/\n/g, '; ')}`);
  return parsed.settings;
}

/**
 * The slash-date order: the flag's, else the one the import page would detect from the file's first rows;
 * with the words saying which and why, and whether the file itself told (`sure`).
 */
export function slashDateOrder(
  file: Uint8Array,
  flags: { usDates: boolean; dayFirst: boolean },
): { order: 'DMY' | 'MDY'; way: string; why: string; sure: boolean } {
  const said = (order: 'DMY' | 'MDY', why: string, sure: boolean) => ({
    order,
    way: order === 'MDY' ? 'month first (MM/DD/YYYY)' : 'day first (DD/MM/YYYY)',
    why,
    sure,
  });
  if (flags.usDates) return said('MDY', 'as --us-dates says', true);
  if (flags.dayFirst) return said('DMY', 'as --day-first says', true);
  const g = detectSlashOrderInHead(file.subarray(0, SLASH_HEAD_BYTES), file.length);
  if (g.order !== 'unknown') return said(g.order, `detected, ${g.column} of row ${g.row} reads ${g.text}`, true);
  if (g.why === 'none') return said('DMY', 'the file has no DD/MM or MM/DD dates, so the order does not matter', true);
  const check = 'pass --us-dates for a US export, --day-first to silence this';
  if (g.why === 'mixed')
    return said('DMY', `its first rows have dates written both ways; check the export (${check})`, false);
  return said('DMY', `no day above 12 in its first rows tells (the default; ${check})`, false);
}
