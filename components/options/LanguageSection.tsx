import { type Language, languages } from '../../core/settings/settings';
import { t } from '../i18n';
import { useForm } from './form-context';
import { fieldId } from './issues';

const PATH = ['language'] as const;
/** Each language is named in itself, so a seller who cannot read the current one still finds theirs. */
const AUTONYM: Record<Exclude<Language, 'auto'>, string> = { en: 'English', zh_CN: '简体中文' };

/** The faces' language: the browser's by default (not an assumed figure, so no "check it" note). */
export function LanguageSection() {
  const { draft, update } = useForm();
  const id = fieldId(PATH);
  return (
    <section class="section" aria-labelledby="s-language">
      <h2 id="s-language">{t('options_language')}</h2>
      <p class="section-hint">{t('options_language_hint')}</p>
      <div class="grid">
        <div class="field">
          <label for={id}>{t('options_language_label')}</label>
          <select
            id={id}
            name={id}
            value={draft.language ?? 'auto'}
            onChange={(e) => update(PATH, e.currentTarget.value)}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {l === 'auto' ? t('options_language_auto') : AUTONYM[l]}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}
