import * as z from 'zod/mini';
import '../lib/zod-locale';
import { parseScorecardOverride, scorecardFor } from '../scorecards';
import { type Settings, settingsSchema } from './settings';
import { migrateSettings } from './settings-migration';

/** One thing wrong with a settings file: the field's path, what is wrong, and what the file holds there. */
export type SettingsProblem = {
  path: (string | number)[];
  message: string;
  /** The file's value at the path (undefined where it has none). */
  value: unknown;
  /** zod's issue, for a face that words it in its own language. */
  issue?: z.core.$ZodIssue;
};

export type ParsedSettings =
  | { ok: true; settings: Settings }
  | { ok: false; message: string; problems: SettingsProblem[] };

/**
 * Validates a settings file, migrated first from an older version (settings-migration.ts); the error
 * names every bad field by its path. The scorecard override is checked here against the chosen card,
 * not in the schema, so that the schema (which every context's message contract carries) does not pull
 * the scorecards into the content script.
 */
export function parseSettings(input: unknown): ParsedSettings {
  const migrated = migrateSettings(input);
  if (!migrated.ok) {
    const value = (input as { version?: unknown }).version;
    return {
      ok: false,
      message: migrated.message,
      problems: [{ path: ['version'], message: migrated.reason, value }],
    };
  }
  const r = settingsSchema.safeParse(migrated.value);
  if (!r.success) {
    const problems = r.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      return { path, message: issue.message, value: valueAt(migrated.value, path), issue };
    });
    return { ok: false, message: z.prettifyError(r.error), problems };
  }
  const reason = overrideReason(r.data);
  if (!reason) return { ok: true, settings: r.data };
  const value = r.data.scorecardOverride;
  return {
    ok: false,
    message: atOverride(reason),
    problems: [{ path: ['scorecardOverride'], message: reason, value }],
  };
}

/** The scorecard override checked against the chosen card: null when it fits (or there is none). */
export function overrideProblem(settings: Settings): string | null {
  const reason = overrideReason(settings);
  return reason && atOverride(reason);
}

const atOverride = (reason: string) => `✖ ${reason}\n  → at scorecardOverride`;

function overrideReason(settings: Settings): string | null {
  const override = settings.scorecardOverride;
  if (override === undefined) return null;
  const o = parseScorecardOverride(scorecardFor(settings.scorecard), override);
  return o.ok ? null : o.message;
}

function valueAt(file: unknown, path: readonly (string | number)[]): unknown {
  let cur = file;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}
