import type { GuardVerdict } from '../../core/capture/count-guard';

/** What capture health says about a reading the count guard did not record, or null when nothing is worth saying. */
export function guardNote(verdict: GuardVerdict, value: number): string | null {
  if (verdict.record || verdict.reason === 'same') return null;
  return `the page shows ${value}, below the ${verdict.floor} already recorded; waiting until it passes`;
}
