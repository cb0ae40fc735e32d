import * as z from 'zod/mini';
import '../lib/zod-locale';
import { parseScorecardOverride, scorecardFor } from '../scorecards';
import { type Settings, settingsSchema } from './settings';

/**
 * Validates a settings file; the error names every bad field by its path. The scorecard override is
 * checked here against the chosen card, not in the schema, so that the schema (which every context's
 * message contract carries) does not pull the scorecards into the content script.
 */
export function parseSettings(input: unknown): { ok: true; settings: Settings } | { ok: false; message: string } {
  const r = settingsSchema.safeParse(input);
  if (!r.success) return { ok: false, message: z.prettifyError(r.error) };
  const problem = overrideProblem(r.data);
  return problem ? { ok: false, message: problem } : { ok: true, settings: r.data };
}

/** The scorecard override checked against the chosen card: null when it fits (or there is none). */
export function overrideProblem(settings: Settings): string | null {
  const override = settings.scorecardOverride;
  if (override === undefined) return null;
  const o = parseScorecardOverride(scorecardFor(settings.scorecard), override);
  return o.ok ? null : `✖ ${o.message}\n  → at scorecardOverride`;
}
