import { t } from '../i18n';
import { SETTINGS_FILE_NAME } from './transfer';

type Props = {
  canExport: boolean;
  onExport(): void;
  onImport(file: File): void;
  onReset(): void;
};

/** Export the saved file, import one into the form, or put the defaults back into the form. */
export function FileActions({ canExport, onExport, onImport, onReset }: Props) {
  return (
    <fieldset class="toolbar">
      <legend class="visually-hidden">{t('options_file')}</legend>
      <button type="button" class="btn" onClick={onExport} disabled={!canExport} aria-describedby="export-hint">
        {t('options_export')}
      </button>
      <span class="file-pick">
        <input
          type="file"
          id="import-file"
          class="visually-hidden"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared so that picking the same file again (after fixing it) imports it again.
            e.currentTarget.value = '';
            if (file) onImport(file);
          }}
        />
        <label for="import-file" class="btn">
          {t('options_import')}
        </label>
      </span>
      <button type="button" class="btn" onClick={onReset}>
        {t('options_reset')}
      </button>
      <small id="export-hint" class="muted">
        {t('options_export_hint', SETTINGS_FILE_NAME)}
      </small>
    </fieldset>
  );
}
