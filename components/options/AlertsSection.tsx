import { t } from '../i18n';
import { NumberField } from './fields';
import { useForm } from './form-context';
import { fieldId } from './issues';

const NOTIFY = ['alerts', 'notify'] as const;
const SOUND = ['alerts', 'sound'] as const;

/** Opt-in risk alerts: off unless the seller turns them on (at most one per kind every 5 minutes). */
export function AlertsSection() {
  const { draft, update } = useForm();
  const id = fieldId(NOTIFY);
  const soundId = fieldId(SOUND);
  return (
    <section class="section" aria-labelledby="s-alerts">
      <h2 id="s-alerts">{t('options_alerts')}</h2>
      <p class="section-hint">{t('options_alerts_hint')}</p>
      <div class="grid">
        <div class="field">
          <label for={id}>{t('options_notify')}</label>
          <input
            type="checkbox"
            id={id}
            name={id}
            checked={draft.alerts?.notify === true}
            onChange={(e) => update(NOTIFY, e.currentTarget.checked)}
          />
        </div>
        <div class="field">
          <label for={soundId}>{t('options_sound')}</label>
          <input
            type="checkbox"
            id={soundId}
            name={soundId}
            checked={draft.alerts?.sound === true}
            disabled={draft.alerts?.notify !== true}
            onChange={(e) => update(SOUND, e.currentTarget.checked)}
          />
        </div>
        <NumberField path={['alerts', 'atRiskAbove']} label={t('options_at_risk_above')} whole />
      </div>
    </section>
  );
}
