import type { DateOrder } from './date-order';

export const DATE_ORDER_LABEL = 'Date order in the file';

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
      <label for="date-order">{DATE_ORDER_LABEL}</label>
      <select
        id="date-order"
        value={p.value}
        disabled={p.disabled}
        aria-describedby="date-order-hint"
        onChange={(e) => p.onChange(e.currentTarget.value === 'MDY' ? 'MDY' : 'DMY')}
      >
        <option value="DMY">Day first — DD/MM/YYYY</option>
        <option value="MDY">Month first (US) — MM/DD/YYYY</option>
      </select>
      <span id="date-order-hint" class={p.warn ? 'error' : 'muted'}>
        {p.hint}
      </span>
    </div>
  );
}
