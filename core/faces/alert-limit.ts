import * as z from 'zod/mini';
import type { StatusLevel } from '../model/risk-level';

/**
 * When to alert the seller: the status turns red, or the orders at risk climb above the threshold.
 * Each kind fires on the crossing (not on every estimate while it stays crossed) and at most once
 * per five minutes, so a stream flickering around a line does not ring every few seconds.
 */
export const ALERT_EVERY_MS = 5 * 60_000;

export type AlertKind = 'red' | 'at-risk';
export type AlertState = { status: StatusLevel | null; atRisk: number; lastAt: Partial<Record<AlertKind, number>> };

/** The state as stored between service-worker runs (storage/stored-keys.ts). */
export const alertStateSchema: z.ZodMiniType<AlertState> = z.object({
  status: z.nullable(z.enum(['green', 'amber', 'red'])),
  atRisk: z.number(),
  lastAt: z.object({ red: z.optional(z.number()), 'at-risk': z.optional(z.number()) }),
});
export const NO_ALERTS: AlertState = { status: null, atRisk: 0, lastAt: {} };

export function alertsDue(
  prev: AlertState,
  next: { status: StatusLevel; atRisk: number },
  threshold: number,
  now: number,
): { kinds: AlertKind[]; state: AlertState } {
  const crossed: AlertKind[] = [];
  if (next.status === 'red' && prev.status !== 'red') crossed.push('red');
  if (next.atRisk > threshold && prev.atRisk <= threshold) crossed.push('at-risk');
  const kinds = crossed.filter((k) => {
    const last = prev.lastAt[k];
    return last === undefined || now - last >= ALERT_EVERY_MS;
  });
  const lastAt = { ...prev.lastAt };
  for (const k of kinds) lastAt[k] = now;
  return { kinds, state: { status: next.status, atRisk: next.atRisk, lastAt } };
}
