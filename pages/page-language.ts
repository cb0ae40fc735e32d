import { loadLanguage, type MessageKey, t } from '../components/i18n';
import { loadSettings } from '../storage/settings-store';

/**
 * Each extension page starts in the language chosen in the settings (its catalogue fetched before the
 * first render), then names itself in that language. Unreadable settings leave the browser's language.
 */
export async function startInLanguage(title?: MessageKey): Promise<void> {
  await loadSettings().then(
    (s) => loadLanguage(s.language),
    () => undefined,
  );
  if (title) document.title = t(title);
}
