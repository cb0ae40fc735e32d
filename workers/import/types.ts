import type { ExportFormat, ExportWarning, Rejection } from '../../core/exports/types';
import type { QuotaWords } from '../../storage/history/quota';

/**
 * What crosses between the import page and the import worker. Plain data only (structured clone),
 * and none of it personal: rejections name a row, a column title and a reason, never a cell's text.
 */
export type ImportOptions = {
  /** The shop's IANA time zone: the exports print local wall-clock times without an offset. */
  timeZone: string;
  /** The import's instant (epoch ms): the record's `at`, and what the retention cutoff counts back from. */
  now: number;
  /** The settings' retention: orders paid longer ago are removed after the import. */
  retentionDays: number;
  /** How a TikTok export's slash dates read: DD/MM/YYYY (the default) or MM/DD/YYYY (US exports). */
  slashDates?: 'DMY' | 'MDY';
  /** The full-disk message's templates in the page's language (the worker has no browser.i18n); English if absent. */
  quotaWords?: QuotaWords;
};

export type ImportPhase = 'reading' | 'storing';

export type ImportProgress = {
  phase: ImportPhase;
  /** Data rows read so far, rejected ones included (the reader's count). */
  rows: number;
  /** Bytes of the file read and parsed so far, of `totalBytes`. */
  bytes: number;
  totalBytes: number;
};

export type ImportSummary = {
  name: string;
  format: ExportFormat;
  /** How the bytes were decoded: 'utf-8', 'gbk', 'utf-16le' or 'utf-16be'. */
  encoding: string;
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Every rejected row, counted also beyond the listed ones. */
  rejectedCount: number;
  /** The reader's list: the first 1,000, then one '(file)' line standing for the rest. */
  rejected: Rejection[];
  /** Values the reader does not know (a status word): the rows were read from their times, not from these. */
  warnings: ExportWarning[];
  /** Orders the retention run removed after the import: paid more than `retentionDays` before its instant. */
  expired: number;
  retentionDays: number;
};

export type ImportOutcome =
  | { kind: 'done'; summary: ImportSummary }
  /** A file-level problem (empty, unknown format, unreadable header, bad encoding, bad time zone). */
  | { kind: 'failed'; message: string }
  /**
   * Stopped by the user. While reading, nothing was stored. While storing, the batches that committed
   * before the stop are kept and importing the same file again completes it (the store is idempotent).
   */
  | { kind: 'cancelled'; phase: ImportPhase };

/** The import worker's API, as the page calls it through Comlink. */
export type ImportApi = {
  importFile(file: File, opts: ImportOptions, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome>;
  /** Stops the running import; answers the phase it was in ('idle' when none runs). */
  cancel(): ImportPhase | 'idle';
};
