import { adapters, stageAdapters } from '../../core/adapters/registry';
import type { CaptureSettings } from '../../core/settings/capture-settings';
import { t } from '../i18n';
import { useForm } from './form-context';
import { fieldId } from './issues';

/**
 * Capture on the options page: each dashboard reader can be switched off (a kill switch for one a
 * platform release broke, without waiting for a new version), marked "unverified" when the page shape
 * it reads was reconstructed rather than checked against the live page; and the numbers picked by hand
 * are listed per site, each with a way to forget it.
 */
export function CaptureSection() {
  const { draft, update } = useForm();
  const capture = (draft.capture ?? { disabledAdapters: [], bindings: [] }) as CaptureSettings;
  const toggle = (id: string, on: boolean) =>
    update(
      ['capture', 'disabledAdapters'],
      on ? capture.disabledAdapters.filter((a) => a !== id) : [...capture.disabledAdapters, id],
    );
  return (
    <section class="section" aria-labelledby="s-capture">
      <h2 id="s-capture">{t('options_capture')}</h2>
      <p class="section-hint">{t('options_capture_hint')}</p>
      <div class="grid">
        {[...adapters, ...stageAdapters].map((a) => {
          const id = fieldId(['capture', 'disabledAdapters', a.id]);
          const unverified = a.verified === false;
          return (
            <div class="field check" key={a.id}>
              <input
                id={id}
                type="checkbox"
                checked={!capture.disabledAdapters.includes(a.id)}
                onChange={(e) => toggle(a.id, (e.currentTarget as HTMLInputElement).checked)}
                aria-describedby={unverified ? `${id}-unverified` : undefined}
              />
              <label for={id}>{t('options_read_adapter', a.label)}</label>
              {unverified && (
                <span id={`${id}-unverified`} class="muted">
                  {t('adapter_unverified')}
                </span>
              )}
            </div>
          );
        })}
      </div>
      {[...adapters, ...stageAdapters].some((a) => a.verified === false) && (
        <p class="section-hint">{t('adapter_unverified_hint')}</p>
      )}
      <h3>{t('options_picked')}</h3>
      {capture.bindings.length === 0 ? (
        <p class="section-hint">{t('options_picked_none')}</p>
      ) : (
        <ul class="bindings">
          {capture.bindings.map((b) => (
            <li key={`${b.origin} ${b.role ?? ''}`}>
              {t('options_picked_row', b.origin, b.label ?? b.path, b.sample)}
              {b.role && ` (${t(`role_${b.role}`)})`}{' '}
              <button
                type="button"
                onClick={() =>
                  update(
                    ['capture', 'bindings'],
                    // One pick of the site: its paid counter or one stage's, not the site's others.
                    capture.bindings.filter((x) => x.origin !== b.origin || x.role !== b.role),
                  )
                }
              >
                {t('options_forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
