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
  const override = r.data.scorecardOverride;
  if (override !== undefined) {
    const o = parseScorecardOverride(scorecardFor(r.data.scorecard), override);
    if (!o.ok) return { ok: false, message: `✖ ${o.message}\n  → at scorecardOverride` };
  }
  return { ok: true, settings: r.data };
}
