import { t } from '../i18n';

/** Keeps the same view open beside the page (Chrome's side panel); shown only where one can open. */
export function SidePanelButton({ open }: { open: () => void }) {
  return (
    <button type="button" class="side-panel-button" onClick={open}>
      {t('popup_side_panel')}
    </button>
  );
}
