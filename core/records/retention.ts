import { DAY } from '../lib/time';

/**
 * Retention: how long LES Radar keeps what it stored. One window (the settings' `retentionDays`)
 * for every table, counted back from the earlier of the clock and the newest stored event plus
 * RETENTION_SLACK. A clock set months ahead therefore deletes at most a week more than the same run
 * would have at the newest event's time; a clock set back deletes less, never more.
 */

/** How far past the newest stored event the cut-off may move while nothing new is stored. */
export const RETENTION_SLACK = 7 * DAY;

/**
 * The instant before which stored items go: min(now, newest + slack) − retentionDays. Null when
 * nothing is stored (no newest event) or the inputs are not numbers: then nothing is deleted.
 */
export function retentionCutoff(now: number, newestEvent: number | null, retentionDays: number): number | null {
  if (newestEvent === null || !Number.isFinite(newestEvent) || !Number.isFinite(now)) return null;
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) return null;
  return Math.min(now, newestEvent + RETENTION_SLACK) - retentionDays * DAY;
}

/**
 * The newest stored event: the newest reading of a stream or paid time of an order (the things that
 * happened in the shop); only when neither is stored, the newest of LES Radar's own stamps (an import,
 * a settings save, a report). The stamps are taken from the computer's clock as the seller works, so a
 * clock set ahead would carry them ahead too; an order's paid time comes from the platform's export.
 * Null when nothing is stored.
 */
export function newestEvent(
  happened: readonly (number | null | undefined)[],
  stamps: readonly (number | null | undefined)[] = [],
): number | null {
  return newestOf(happened) ?? newestOf(stamps);
}

function newestOf(instants: readonly (number | null | undefined)[]): number | null {
  let newest: number | null = null;
  for (const t of instants) {
    if (typeof t === 'number' && Number.isFinite(t) && (newest === null || t > newest)) newest = t;
  }
  return newest;
}

/** A recorded stream is kept while its last reading is at or after the cut-off; with it go all its rows. */
export const expiredStreams = <S extends { streamId: string; lastAt: number }>(
  streams: readonly S[],
  cutoff: number,
): string[] => streams.filter((s) => s.lastAt < cutoff).map((s) => s.streamId);

/** An import record (one imported file) goes once it was imported before the cut-off. */
export const expiredImports = <I extends { id?: number; at: number }>(
  imports: readonly I[],
  cutoff: number,
): number[] => imports.filter((r) => r.at < cutoff && r.id !== undefined).map((r) => r.id as number);

/**
 * Settings versions saved before the cut-off go, except the newest of them: it is the version in
 * force at the cut-off, which a report of a stream kept just after it still needs.
 */
export function expiredSettingsVersions<V extends { id?: number; savedAt: number }>(
  versions: readonly V[],
  cutoff: number,
): number[] {
  const before = versions.filter((v) => v.savedAt < cutoff && v.id !== undefined);
  const inForce = before.reduce<V | undefined>((a, v) => (!a || v.savedAt >= a.savedAt ? v : a), undefined);
  return before.filter((v) => v !== inForce).map((v) => v.id as number);
}
