import { storage } from '@wxt-dev/storage';
import { defaultSettings, type Settings } from '../core/settings';
import { parseSettings } from '../core/settings-file';

/** The seller's settings file, kept in extension storage; the options page (a later issue) edits it. */
const item = storage.defineItem<unknown>('local:settings');

export async function loadSettings(): Promise<Settings> {
  const raw = await item.getValue();
  if (raw === null) return defaultSettings;
  const parsed = parseSettings(raw);
  if (parsed.ok) return parsed.settings;
  console.warn(`LES Radar: stored settings are invalid, using the defaults: ${parsed.message}`);
  return defaultSettings;
}

export const saveSettings = (settings: Settings): Promise<void> => item.setValue(settings);
