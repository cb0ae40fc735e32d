import { scorecardIds } from '../../core/settings';
import { AlertsSection } from './AlertsSection';
import { CaptureSection } from './CaptureSection';
import { type PromiseType, promiseFields, promiseOfType, promiseTypes, receiptOfMode } from './draft';
import { NumberField, SelectField, TextField, TimeField } from './fields';
import { useForm } from './form-context';
import { ModelSection } from './ModelSection';
import { PickupsEditor } from './PickupsEditor';
import { ShiftsEditor } from './ShiftsEditor';

const SCORECARD_LABELS: Partial<Record<string, string>> = {
  'douyin-2026-07': 'Douyin experience score, 100 points (rules of 2026-07)',
  'douyin-2026-09': 'Douyin experience score (rules of 2026-09-08)',
  'douyin-5pt': 'Douyin experience score, older 5-point version',
  'tiktok-us-2026': 'TikTok Shop US performance score (2026)',
  'tiktok-sea-2026': 'TikTok Shop South-East Asia (2026)',
};
const scorecards = scorecardIds.map((id) => ({ value: id, label: SCORECARD_LABELS[id] ?? id }));

const ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Jakarta',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Manila',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Europe/London',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'UTC',
];

const receiptModes = [
  { value: 'auto', label: 'At once (automatic)' },
  { value: 'batch', label: 'In batches' },
];

/** Every section of the settings file, in the order an order goes through the warehouse. */
export function SettingsForm() {
  const { draft, update } = useForm();
  const fields = promiseFields(draft.promise.type);
  return (
    <>
      <section class="section" aria-labelledby="s-platform">
        <h2 id="s-platform">Platform and promise</h2>
        <div class="grid">
          <SelectField path={['scorecard']} label="Score rules" options={scorecards} class="wide" />
          <TextField path={['timezone']} label="Warehouse time zone" list="time-zones" hint="IANA name" />
          <datalist id="time-zones">
            {ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <SelectField
            path={['promise', 'type']}
            label="Shipping promise"
            options={promiseTypes}
            class="wide"
            onPick={(t) => update(['promise'], promiseOfType(t as PromiseType))}
          />
          {fields.includes('hours') && <NumberField path={['promise', 'hours']} label="Ship within (hours)" />}
          {fields.includes('days') && (
            <NumberField path={['promise', 'days']} label="Ship within (business days)" whole />
          )}
          {fields.includes('cutoff') && <TimeField path={['promise', 'cutoff']} label="Cut-off" />}
          <NumberField
            path={['handlingCapacityPerDay']}
            label="Handling capacity (orders/day)"
            hint="empty: none"
            optional
            whole
          />
        </div>
      </section>
      <section class="section" aria-labelledby="s-receipt">
        <h2 id="s-receipt">Order receipt</h2>
        <div class="grid">
          <SelectField
            path={['stages', 'receipt', 'mode']}
            label="Orders reach the warehouse"
            options={receiptModes}
            onPick={(m) => update(['stages', 'receipt'], receiptOfMode(m))}
          />
          {draft.stages.receipt.mode === 'batch' && (
            <NumberField path={['stages', 'receipt', 'everyMinutes']} label="Every (minutes)" whole />
          )}
        </div>
      </section>
      <section class="section" aria-labelledby="s-pickpack">
        <h2 id="s-pickpack">Pick &amp; pack</h2>
        <div class="grid">
          <NumberField path={['stages', 'pickPack', 'ordersPerPackerHour']} label="Orders per packer-hour" />
        </div>
        <ShiftsEditor />
      </section>
      <section class="section" aria-labelledby="s-ship">
        <h2 id="s-ship">Ship &amp; transport</h2>
        <PickupsEditor />
      </section>
      <section class="section" aria-labelledby="s-delivery">
        <h2 id="s-delivery">Order delivery</h2>
        <div class="grid">
          <NumberField path={['stages', 'delivery', 'onTimeRate']} label="Carrier on-time rate (%)" />
          <NumberField path={['stages', 'delivery', 'meanTransitHours']} label="Mean transit (hours)" />
        </div>
      </section>
      <ModelSection />
      <AlertsSection />
      <CaptureSection />
      <section class="section" aria-labelledby="s-history">
        <h2 id="s-history">Order history</h2>
        <div class="grid">
          <NumberField
            path={['retentionDays']}
            label="Keep history (days)"
            hint="at least 91: the longest scorecard window is 90 days"
            whole
          />
        </div>
      </section>
    </>
  );
}
