import type { Settings } from '../../core/settings/settings';
import { parseSettings } from '../../core/settings/settings-file';
import { t } from '../i18n';

export const SETTINGS_FILE_NAME = 'les-radar-settings.json';

/** The settings file as exported: pretty JSON, two-space indent, ending with a newline. */
export const settingsJson = (settings: Settings): string => `${JSON.stringify(settings, null, 2)}\n`;

export type ReadResult = { ok: true; settings: Settings } | { ok: false; message: string };

/** Reads an imported file's text; an error names the file and, for a bad field, the field's path. */
export function readSettingsFile(fileName: string, text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: t('settings_not_json', fileName, (e as Error).message) };
  }
  const parsed = parseSettings(data);
  // The field-by-field detail (zod's, naming each path) stays in English.
  return parsed.ok ? parsed : { ok: false, message: t('settings_invalid', fileName, parsed.message) };
}
