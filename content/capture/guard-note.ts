import type { GuardVerdict } from '../../core/capture/count-guard';
import { browserWords } from '../../runtime/browser-words';

/** What capture health says about a reading the count guard did not record, or null when nothing is worth saying. */
export function guardNote(verdict: GuardVerdict, value: number): string | null {
  if (verdict.record || verdict.reason === 'same') return null;
  // A count no livestream reaches, or a jump faster than any sells: held, so it never becomes the floor.
  if (verdict.reason === 'implausible') return browserWords('capture_count_held', verdict.from, verdict.to);
  return `the page shows ${value}, below the ${verdict.floor} already recorded; waiting until it passes`;
}
