import { type ScorecardId, scorecardFor, scorecardIds } from '../../core/scorecards';
import { type MessageKey, t } from '../i18n';
import { AlertsSection } from './AlertsSection';
import { CalendarSection } from './CalendarSection';
import { CaptureSection } from './CaptureSection';
import { type PromiseType, promiseFields, promiseOfType, promiseTypes, receiptOfMode } from './draft';
import { NumberField, SelectField, TextField, TimeField } from './fields';
import { useForm } from './form-context';
import { LanguageSection } from './LanguageSection';
import { ModelSection } from './ModelSection';
import { PickupsEditor } from './PickupsEditor';
import { ruleClockWords } from './rule-clock-words';
import { ShiftsEditor } from './ShiftsEditor';

const SCORECARD_LABELS: Record<(typeof scorecardIds)[number], MessageKey> = {
  'douyin-2026-07': 'scorecard_douyin_2026_07',
  'douyin-2026-09': 'scorecard_douyin_2026_09',
  'douyin-5pt': 'scorecard_douyin_5pt',
  'tiktok-us-2026': 'scorecard_tiktok_us_2026',
  'tiktok-sea-2026': 'scorecard_tiktok_sea_2026',
};
const scorecards = () => scorecardIds.map((id) => ({ value: id, label: t(SCORECARD_LABELS[id]) }));

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

const receiptModes = () => [
  { value: 'auto', label: t('receipt_auto') },
  { value: 'batch', label: t('receipt_batch') },
];

/** Every section of the settings file, in the order an order goes through the warehouse. */
export function SettingsForm() {
  const { draft, update } = useForm();
  const fields = promiseFields(draft.promise.type);
  return (
    <>
      <section class="section" aria-labelledby="s-platform">
        <h2 id="s-platform">{t('options_platform')}</h2>
        <div class="grid">
          <SelectField
            path={['scorecard']}
            label={t('options_score_rules')}
            options={scorecards()}
            class="wide"
            hint={scorecardSource(draft.scorecard, draft.timezone)}
          />
          <TextField
            path={['timezone']}
            label={t('options_time_zone')}
            list="time-zones"
            hint={t('options_time_zone_hint')}
          />
          <datalist id="time-zones">
            {ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <SelectField
            path={['promise', 'type']}
            label={t('options_promise')}
            options={promiseTypes()}
            class="wide"
            onPick={(t) => update(['promise'], promiseOfType(t as PromiseType))}
          />
          {fields.includes('hours') && <NumberField path={['promise', 'hours']} label={t('options_ship_hours')} />}
          {fields.includes('days') && <NumberField path={['promise', 'days']} label={t('options_ship_days')} whole />}
          {fields.includes('cutoff') && <TimeField path={['promise', 'cutoff']} label={t('options_cutoff')} />}
          <NumberField
            path={['handlingCapacityPerDay']}
            label={t('options_capacity')}
            hint={t('options_capacity_hint')}
            optional
            whole
          />
        </div>
      </section>
      <section class="section" aria-labelledby="s-receipt">
        <h2 id="s-receipt">{t('stage_receipt')}</h2>
        <div class="grid">
          <SelectField
            path={['stages', 'receipt', 'mode']}
            label={t('options_receipt_mode')}
            options={receiptModes()}
            onPick={(m) => update(['stages', 'receipt'], receiptOfMode(m))}
          />
          {draft.stages.receipt.mode === 'batch' && (
            <NumberField path={['stages', 'receipt', 'everyMinutes']} label={t('options_every_minutes')} whole />
          )}
        </div>
      </section>
      <section class="section" aria-labelledby="s-pickpack">
        <h2 id="s-pickpack">{t('stage_pickPack')}</h2>
        <div class="grid">
          <NumberField path={['stages', 'pickPack', 'ordersPerPackerHour']} label={t('options_per_packer_hour')} />
        </div>
        <ShiftsEditor />
      </section>
      <section class="section" aria-labelledby="s-ship">
        <h2 id="s-ship">{t('stage_shipTransport')}</h2>
        <PickupsEditor />
      </section>
      <section class="section" aria-labelledby="s-delivery">
        <h2 id="s-delivery">{t('stage_delivery')}</h2>
        <div class="grid">
          <NumberField path={['stages', 'delivery', 'onTimeRate']} label={t('options_on_time')} />
          <NumberField path={['stages', 'delivery', 'meanTransitHours']} label={t('options_transit')} />
        </div>
      </section>
      <CalendarSection />
      <ModelSection />
      <AlertsSection />
      <CaptureSection />
      <LanguageSection />
      <section class="section" aria-labelledby="s-history">
        <h2 id="s-history">{t('options_history')}</h2>
        <div class="grid">
          <NumberField
            path={['retentionDays']}
            label={t('options_keep_days')}
            hint={t('options_keep_days_hint')}
            whole
          />
        </div>
      </section>
    </>
  );
}

/** The chosen rule's date, our data version and its source, so the seller can check what the score follows. */
function scorecardSource(id: unknown, shopZone: unknown): string | undefined {
  if (!scorecardIds.includes(id as ScorecardId)) return undefined;
  const card = scorecardFor(id as ScorecardId);
  const source = t('options_scorecard_source', card.effectiveFrom, card.version, card.source.title);
  return `${source} · ${ruleClockWords(card, String(shopZone ?? ''), Date.now())}`;
}
