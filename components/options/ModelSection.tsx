import { type MessageKey, t } from '../i18n';
import { NumberField } from './fields';
import { useForm } from './form-context';
import { fieldId } from './issues';

const CALIBRATE = ['model', 'calibrate'] as const;

/** Labels of the model's uncertainty figures (message keys); a figure not listed here shows under its key. */
const LABELS: Partial<Record<string, { label: MessageKey; hint?: string; whole?: boolean }>> = {
  buyerCancelRate: { label: 'model_buyerCancelRate' },
  buyerCancelRateSpread: { label: 'model_buyerCancelRateSpread' },
  packerSpeedSpread: { label: 'model_packerSpeedSpread', hint: '0.15 ≈ ±15 %' },
  onTimeRateSpread: { label: 'model_onTimeRateSpread' },
  forecastHalfLifeMinutes: { label: 'model_forecastHalfLifeMinutes' },
  forecastSpread: { label: 'model_forecastSpread' },
  samples: { label: 'model_samples', whole: true },
  pickupMissRate: { label: 'model_pickupMissRate' },
  pickupMissRateSpread: { label: 'model_pickupMissRateSpread' },
};

/**
 * The prediction's uncertainty: every figure an assumption until calibration fits it from the seller's
 * history; the switch turns calibration off (the settings as typed, for a seller who knows better).
 */
export function ModelSection() {
  const { draft, update } = useForm();
  const keys = Object.keys(draft.model ?? {}).filter((k) => k !== 'calibrate');
  const id = fieldId(CALIBRATE);
  if (keys.length === 0) return null;
  return (
    <section class="section" aria-labelledby="s-model">
      <h2 id="s-model">{t('options_model')}</h2>
      <p class="section-hint">{t('options_model_hint')}</p>
      <div class="grid">
        <div class="field">
          <label for={id}>{t('model_calibrate')}</label>
          <input
            type="checkbox"
            id={id}
            name={id}
            aria-describedby={`${id}-hint`}
            checked={draft.model?.calibrate !== false}
            onChange={(e) => update(CALIBRATE, e.currentTarget.checked)}
          />
          <small id={`${id}-hint`} class="field-hint">
            {t('model_calibrate_hint')}
          </small>
        </div>
        {keys.map((k) => (
          <NumberField
            key={k}
            path={['model', k]}
            label={LABELS[k] ? t(LABELS[k].label) : k}
            hint={LABELS[k]?.hint}
            whole={LABELS[k]?.whole}
          />
        ))}
      </div>
    </section>
  );
}
