import { detectSlashOrder, type SlashGuess } from '../../core/exports/slash-order';
import { t } from '../i18n';

export type DateOrder = 'DMY' | 'MDY';

/** How much of the file is read to tell its date order: a few hundred rows of a TikTok export. */
const HEAD_BYTES = 64 * 1024;

/** The date order the file's first rows show. TikTok writes UTF-8; a GBK file is Douyin's, which has no slash dates. */
export async function guessDateOrder(file: Blob): Promise<SlashGuess> {
  const head = new TextDecoder('utf-8').decode(await file.slice(0, HEAD_BYTES).arrayBuffer());
  return detectSlashOrder(head, { complete: file.size <= HEAD_BYTES });
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
