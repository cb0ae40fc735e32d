import type { QuotaWords } from '../storage/history/quota';
import { t } from './i18n';

/**
 * The full-disk message's templates in the page's language, $1… left in, for the code that writes the
 * history: the import worker has no browser.i18n, so the page hands them over with the import.
 */
export const quotaWords = (): QuotaWords => ({
  quota_used: t('quota_used', '$1', '$2'),
  quota_unknown: t('quota_unknown'),
  quota_restore: t('quota_restore', '$1'),
  quota_import: t('quota_import', '$1'),
  quota_import_kept: t('quota_import_kept', '$1', '$2'),
});
