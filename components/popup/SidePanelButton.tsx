/** Keeps the same view open beside the page (Chrome's side panel); shown only where one can open. */
export function SidePanelButton({ open }: { open: () => void }) {
  return (
    <button type="button" class="side-panel-button" onClick={open}>
      Keep open in the side panel
    </button>
  );
}
