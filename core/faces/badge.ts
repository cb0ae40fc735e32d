import type { StatusLevel } from '../model/risk-level';
import type { StreamFigures } from './stream-figures';

/**
 * The toolbar badge: the backlog in at most four characters, a background by risk, and a title that
 * says the status in words (colour alone is never the message).
 */
export function badgeText(backlog: number): string {
  if (backlog <= 0) return '';
  if (backlog < 1000) return String(backlog);
  if (backlog < 10_000) return `${trim(backlog / 1000)}k`;
  if (backlog < 1_000_000) return `${Math.round(backlog / 1000)}k`;
  return `${trim(backlog / 1_000_000)}M`;
}

/** One decimal, rounded down so the badge never claims more than there is, without a trailing ".0". */
const trim = (n: number) => (Math.floor(n * 10) / 10).toFixed(1).replace(/\.0$/, '');

export const BADGE_COLOUR: Record<StatusLevel, string> = {
  green: '#1e7e34',
  amber: '#b36b00',
  red: '#c62828',
};

const WORD: Record<StatusLevel, string> = {
  green: 'On track',
  amber: 'Backlog building',
  red: 'Orders at risk',
};

/**
 * The title in English, the catalogue's `badge_title` with the words of every face (stream-figures.ts):
 * the fallback when the browser's catalogue cannot answer.
 */
export function badgeTitle(f: Pick<StreamFigures, 'status' | 'unshipped' | 'atRisk' | 'late'>): string {
  const n = new Intl.NumberFormat('en-US');
  return `LES Radar — ${WORD[f.status]}: ${n.format(f.unshipped)} orders waiting to ship · At risk ${n.format(f.atRisk)} · Late predicted ${n.format(f.late.value)}`;
}
