import type { SettingsProblem } from '../../core/settings/settings-file';
import { t } from '../i18n';
import { issueMessage } from './issues';

type Props = { problems: readonly SettingsProblem[]; onFix(): void; onReset(): void };

/** A stored value as the seller would recognise it: JSON, cut short. */
function shown(value: unknown): string {
  if (value === undefined) return t('options_stored_none');
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * The saved settings fail their check (issue #16): each problem with its field and the value saved there,
 * and the seller's two ways out. Nothing is written until the seller picks one and presses Save.
 */
export function StoredProblems({ problems, onFix, onReset }: Props) {
  return (
    <section class="notice notice-error stored-problems" role="alert" aria-labelledby="stored-problems">
      <h2 id="stored-problems">{t('options_stored_invalid')}</h2>
      <p>{t('options_stored_invalid_hint')}</p>
      <ul data-testid="stored-problems">
        {problems.map((p) => (
          <li key={`${p.path.join('.')} ${p.message}`}>
            <code>{p.path.join('.') || 'settings'}</code>: {p.issue ? issueMessage(p.issue) : p.message} (
            {t('options_stored_value', shown(p.value))})
          </li>
        ))}
      </ul>
      <div class="toolbar">
        <button type="button" class="btn btn-primary" onClick={onFix}>
          {t('options_fix')}
        </button>
        <button type="button" class="btn" onClick={onReset}>
          {t('options_reset')}
        </button>
      </div>
    </section>
  );
}
