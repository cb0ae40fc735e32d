import { detectSlashOrderInHead, SLASH_HEAD_BYTES, type SlashGuess } from '../../core/exports/slash-order';
import { t } from '../i18n';

export type DateOrder = 'DMY' | 'MDY';

/** The date order the file's first rows show, told exactly as `npm run replay` tells it. */
export async function guessDateOrder(file: Blob): Promise<SlashGuess> {
  const head = new Uint8Array(await file.slice(0, SLASH_HEAD_BYTES).arrayBuffer());
  return detectSlashOrderInHead(head, file.size);
}

/** What the page says under the date-order select, for the guess it came from. */
export function dateOrderHint(guess: SlashGuess | null): string {
  if (guess === null) return t('date_order_default');
  if (!('why' in guess)) {
    const way = t(guess.order === 'DMY' ? 'date_order_dmy' : 'date_order_mdy');
    return t('date_order_detected', way, guess.column, guess.row, guess.text);
  }
  if (guess.why === 'none') return t('date_order_none');
  if (guess.why === 'mixed') return t('date_order_mixed');
  return t('date_order_unsure');
}
