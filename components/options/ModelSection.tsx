import { NumberField } from './fields';
import { useForm } from './form-context';

/** Labels of the model's uncertainty figures; a figure not listed here shows under its key. */
const LABELS: Partial<Record<string, { label: string; hint?: string; whole?: boolean }>> = {
  buyerCancelRate: { label: 'Buyer cancel rate (%)' },
  buyerCancelRateSpread: { label: 'Cancel-rate spread (% points)' },
  packerSpeedSpread: { label: 'Packer speed spread (log)', hint: '0.15 ≈ ±15 %' },
  onTimeRateSpread: { label: 'On-time rate spread (% points)' },
  forecastHalfLifeMinutes: { label: 'Forecast half-life (minutes)' },
  forecastSpread: { label: 'Forecast spread (log)' },
  samples: { label: 'Samples per estimate', whole: true },
};

/** The prediction's uncertainty: every figure an assumption until calibration fits it from the seller's history. */
export function ModelSection() {
  const { draft } = useForm();
  const keys = Object.keys(draft.model ?? {});
  if (keys.length === 0) return null;
  return (
    <section class="section" aria-labelledby="s-model">
      <h2 id="s-model">Prediction uncertainty</h2>
      <p class="section-hint">How far the estimate lets each figure wander. Change these only if you know why.</p>
      <div class="grid">
        {keys.map((k) => (
          <NumberField
            key={k}
            path={['model', k]}
            label={LABELS[k]?.label ?? k}
            hint={LABELS[k]?.hint}
            whole={LABELS[k]?.whole}
          />
        ))}
      </div>
    </section>
  );
}
