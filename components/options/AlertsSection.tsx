import { NumberField } from './fields';
import { useForm } from './form-context';
import { fieldId } from './issues';

const NOTIFY = ['alerts', 'notify'] as const;

/** Opt-in risk alerts: off unless the seller turns them on (at most one per kind every 5 minutes). */
export function AlertsSection() {
  const { draft, update } = useForm();
  const id = fieldId(NOTIFY);
  return (
    <section class="section" aria-labelledby="s-alerts">
      <h2 id="s-alerts">Alerts</h2>
      <p class="section-hint">
        A desktop notification when the status turns red or the orders at risk pass the number below; at most one of
        each every 5 minutes. Off until you turn it on.
      </p>
      <div class="grid">
        <div class="field">
          <label for={id}>Notify me when risk crosses a line</label>
          <input
            type="checkbox"
            id={id}
            name={id}
            checked={draft.alerts?.notify === true}
            onChange={(e) => update(NOTIFY, e.currentTarget.checked)}
          />
        </div>
        <NumberField path={['alerts', 'atRiskAbove']} label="Orders at risk above" whole />
      </div>
    </section>
  );
}
