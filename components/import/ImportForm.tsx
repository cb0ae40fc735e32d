import { useMemo } from 'preact/hooks';
import { t } from '../i18n';
import { DateOrderField } from './DateOrderField';
import type { DateOrder } from './date-order';

/** The file's label, in the page's language. */
export const fileLabel = () => t('import_file');

type Props = {
  timeZone: string;
  zoneError: string | null;
  busy: boolean;
  canImport: boolean;
  onFile(file: File | null): void;
  onTimeZone(zone: string): void;
  dateOrder: { value: DateOrder; hint: string; warn: boolean };
  onDateOrder(order: DateOrder): void;
  onImport(): void;
};

/**
 * The file, the shop's time zone (the exports print local times without an offset), the order of
 * TikTok's slash dates and the Import button.
 */
export function ImportForm(p: Props) {
  // Suggestions only: any IANA name the browser knows is accepted.
  const zones = useMemo(
    () => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []),
    [],
  );
  return (
    <form
      class="import-form"
      onSubmit={(e) => {
        e.preventDefault();
        p.onImport();
      }}
    >
      <div class="import-field">
        <label for="export-file">{fileLabel()}</label>
        <input
          id="export-file"
          type="file"
          accept=".csv,text/csv"
          disabled={p.busy}
          onChange={(e) => p.onFile(e.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <div class="import-field">
        <label for="time-zone">{t('import_zone')}</label>
        <input
          id="time-zone"
          type="text"
          list="time-zones"
          value={p.timeZone}
          disabled={p.busy}
          aria-invalid={p.zoneError ? 'true' : undefined}
          aria-describedby="time-zone-hint"
          onInput={(e) => p.onTimeZone(e.currentTarget.value)}
        />
        <datalist id="time-zones">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <span id="time-zone-hint" class={p.zoneError ? 'error' : 'muted'}>
          {p.zoneError ?? t('import_zone_hint')}
        </span>
      </div>
      <DateOrderField {...p.dateOrder} disabled={p.busy} onChange={p.onDateOrder} />
      <button type="submit" class="btn btn-primary" disabled={!p.canImport || p.busy}>
        {t('import_button')}
      </button>
    </form>
  );
}
