import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

type Props = { id: string; question: string; confirmLabel: string; busy: boolean; onConfirm(): void; onCancel(): void };

/**
 * The step between a click and an erasure, in the page (not window.confirm, which a browser may
 * suppress and a test cannot read): the question says what will go, with its counts; Cancel has the
 * focus, so Enter pressed twice erases nothing.
 */
export function ConfirmStep({ id, question, confirmLabel, busy, onConfirm, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
  }, []);
  return (
    <fieldset class="confirm-step">
      <legend id={id}>{question}</legend>
      <div class="actions-row">
        <button type="button" class="btn btn-danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" class="btn" ref={cancel} onClick={onCancel} disabled={busy}>
          {t('data_cancel')}
        </button>
      </div>
    </fieldset>
  );
}
