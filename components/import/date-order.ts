import { detectSlashOrder, type SlashGuess } from '../../core/exports/slash-order';

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
  if (guess === null) return 'TikTok Shop US exports write MM/DD/YYYY; most other regions DD/MM/YYYY.';
  if (!('why' in guess)) {
    const way = guess.order === 'DMY' ? 'day first' : 'month first (US)';
    return `Detected ${way}: ${guess.column} of row ${guess.row} reads ${guess.text}.`;
  }
  if (guess.why === 'none') return 'The file has no DD/MM or MM/DD dates: this choice does not matter for it.';
  if (guess.why === 'mixed') return 'The file’s first rows have dates written both ways: check the export first.';
  return 'Could not tell from the file’s first rows (no day above 12 yet): check this before importing.';
}
