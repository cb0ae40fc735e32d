import { t } from '../i18n';
import type { DateOrder } from './date-order';

/** The TikTok slash-date order: set from the file where it can tell, always the user's to change. */
export function DateOrderField(p: {
  value: DateOrder;
  hint: string;
  warn: boolean;
  disabled: boolean;
  onChange(order: DateOrder): void;
}) {
  return (
    <div class="import-field">
      <label for="date-order">{t('import_date_order')}</label>
      <select
        id="date-order"
        value={p.value}
        disabled={p.disabled}
        aria-describedby="date-order-hint"
        onChange={(e) => p.onChange(e.currentTarget.value === 'MDY' ? 'MDY' : 'DMY')}
      >
        <option value="DMY">{t('import_dmy')}</option>
        <option value="MDY">{t('import_mdy')}</option>
      </select>
      <span id="date-order-hint" class={p.warn ? 'error' : 'muted'}>
        {p.hint}
      </span>
    </div>
  );
}
