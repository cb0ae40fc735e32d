/** Readings not stored after this long make capture "lost": the page may look fine, nothing is kept. */
export const UNSTORED_LOST_MS = 15_000;

/** Why capture is lost when the background has not stored the oldest reading for a while, or null. */
export function unstoredProblem(oldestAt: number | null, now: number, sendError: string | null): string | null {
  if (oldestAt === null || now - oldestAt < UNSTORED_LOST_MS) return null;
  // An updated or reloaded extension leaves this script orphaned: only a page reload helps.
  if (/context invalidated/i.test(sendError ?? ''))
    return 'LES Radar was updated or reloaded: reload this page to capture again';
  return `background: readings not stored for ${Math.round((now - oldestAt) / 1000)} s (${sendError ?? 'no answer'})`;
}
