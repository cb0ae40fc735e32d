import { type MessageKey, t } from '../i18n';
import { NumberField } from './fields';
import { useForm } from './form-context';

/** Labels of the model's uncertainty figures (message keys); a figure not listed here shows under its key. */
const LABELS: Partial<Record<string, { label: MessageKey; hint?: string; whole?: boolean }>> = {
  buyerCancelRate: { label: 'model_buyerCancelRate' },
  buyerCancelRateSpread: { label: 'model_buyerCancelRateSpread' },
  packerSpeedSpread: { label: 'model_packerSpeedSpread', hint: '0.15 ≈ ±15 %' },
  onTimeRateSpread: { label: 'model_onTimeRateSpread' },
  forecastHalfLifeMinutes: { label: 'model_forecastHalfLifeMinutes' },
  forecastSpread: { label: 'model_forecastSpread' },
  samples: { label: 'model_samples', whole: true },
};

/** The prediction's uncertainty: every figure an assumption until calibration fits it from the seller's history. */
export function ModelSection() {
  const { draft } = useForm();
  const keys = Object.keys(draft.model ?? {});
  if (keys.length === 0) return null;
  return (
    <section class="section" aria-labelledby="s-model">
      <h2 id="s-model">{t('options_model')}</h2>
      <p class="section-hint">{t('options_model_hint')}</p>
      <div class="grid">
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
