import { retentionCutoff } from '../../core/records/retention';
import type { RadarDb } from '../../storage/db';
import { rejectedCount } from '../../storage/history/plan';
import { explainQuota, type StorageUse } from '../../storage/history/quota';
import {
  type ChunkingOptions,
  deleteOrdersPaidBefore,
  upsertOrders,
  withHistoryLock,
} from '../../storage/history-store';
import { newestStored } from '../../storage/lifecycle/apply-retention';
import { decoderFor, SNIFF_BYTES, sniffEncoding } from './encoding';
import { parseExportFile } from './parse-file';
import type { ImportApi, ImportOptions, ImportOutcome, ImportPhase, ImportProgress } from './types';

/** Progress reports while reading are at least this far apart: the page cannot show more, Comlink need not carry more. */
export const PROGRESS_EVERY_MS = 100;
/**
 * Slices of the file handed to the parser: small enough that a cancel or a progress report waits little
 * (a 2 MB slice parses in ~20–40 ms), large enough that the per-slice cost of reading and decoding stays
 * small: in Chromium, 512 kB slices spent ~1.0 s of a 1M-row import waiting for bytes and decoding, 2 MB
 * slices ~0.7 s (issue #17).
 */
const SLICE_BYTES = 2 * 1024 * 1024;
/** A name for the Web Lock every writer of the order history takes, across tabs and workers. */

export type ImportServiceOptions = {
  sliceBytes?: number;
  /** A monotonic clock in ms for progress pacing (tests pass a fake one). */
  clock?: () => number;
  /** Smaller chunks and batches for tests of the store phase. */
  chunking?: ChunkingOptions;
  /** The storage estimate for the quota message (tests pass a fixed one). */
  storage?: () => Promise<StorageUse | null>;
};

/**
 * The import as the worker runs it: stream the file through the reader, then — only when the whole file
 * has been read — store its orders and apply retention. Plain class, so Node tests drive it on
 * fake-indexeddb with a Blob built in the test.
 *
 * Cancel while reading stops the parser and nothing is stored: nothing is written before `finish()`.
 * Cancel while storing cannot stop `upsertOrders` from inside; the page ends the worker instead. Each
 * batch of chunks is one transaction, so the batches that committed stay and the one in flight is
 * rolled back; importing the same file again completes the history, since re-importing changes nothing
 * that is already stored.
 */
export class ImportService implements ImportApi {
  private phase: ImportPhase | 'idle' = 'idle';
  /** Set by a cancel that comes before the parser exists (while the encoding is being sniffed). */
  private cancelled = false;
  private stop: (() => void) | null = null;
  private readonly sliceBytes: number;
  private readonly clock: () => number;

  constructor(
    private readonly db: RadarDb,
    private readonly options: ImportServiceOptions = {},
  ) {
    this.sliceBytes = options.sliceBytes ?? SLICE_BYTES;
    this.clock = options.clock ?? (() => performance.now());
  }

  cancel(): ImportPhase | 'idle' {
    const phase = this.phase;
    if (phase === 'reading') this.cancelled = true;
    this.stop?.();
    return phase;
  }

  async importFile(file: File, opts: ImportOptions, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
    if (this.phase !== 'idle') return { kind: 'failed', message: 'Another import is still running in this page.' };
    this.phase = 'reading';
    this.cancelled = false;
    try {
      return await this.run(file, opts, onProgress);
    } catch (e) {
      return { kind: 'failed', message: `${file.name}: ${e instanceof Error ? e.message : String(e)}` };
    } finally {
      this.phase = 'idle';
      this.stop = null;
    }
  }

  private async run(file: File, opts: ImportOptions, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
    const totalBytes = file.size;
    const encoding = sniffEncoding(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
    if (this.cancelled) return { kind: 'cancelled', phase: 'reading' };
    let last = Number.NEGATIVE_INFINITY;
    const parse = parseExportFile(file, file.name, decoderFor(encoding), {
      timeZone: opts.timeZone,
      slashDates: opts.slashDates,
      now: opts.now,
      sliceBytes: this.sliceBytes,
      onSlice: (rows, bytes) => {
        const now = this.clock();
        if (now - last < PROGRESS_EVERY_MS) return;
        last = now;
        onProgress({ phase: 'reading', rows, bytes, totalBytes });
      },
    });
    this.stop = parse.cancel;
    const parsed = await parse.done;
    if (parsed === 'cancelled') return { kind: 'cancelled', phase: 'reading' };
    if (!parsed.ok) return { kind: 'failed', message: parsed.error.message };
    const x = parsed.data;

    this.phase = 'storing';
    this.stop = null; // from here the page ends the worker to stop
    // The one report outside the pacing: reading is complete, and the page must show it (100 %).
    onProgress({ phase: 'storing', rows: x.rows, bytes: totalBytes, totalBytes });
    let kept = 0; // orders in batches that committed, for the message should a later batch hit the quota
    const store = () =>
      withHistoryLock(async () => {
        const stored = await upsertOrders(this.db, x, {
          source: file.name,
          at: opts.now,
          onBatch: (done) => {
            kept = done.added + done.updated;
          },
          ...this.options.chunking,
        });
        // After every import, so a re-import of an old file cannot bring back orders retention removed; counted
        // back from the newest stored event too (core/records/retention.ts), so a clock set ahead deletes nothing.
        const cutoff = retentionCutoff(opts.now, await newestStored(this.db), opts.retentionDays);
        const removed = cutoff === null ? { removed: 0 } : await deleteOrdersPaidBefore(this.db, cutoff);
        return { ...stored, expired: removed.removed };
      });
    const { added, updated, unchanged, expired } = await explainQuota(store, 'import', {
      kept: () => kept,
      use: this.options.storage,
      words: opts.quotaWords,
    });
    const summary = { name: file.name, format: x.format, encoding, rows: x.rows, added, updated, unchanged };
    const retention = { expired, retentionDays: opts.retentionDays };
    return {
      kind: 'done',
      summary: {
        ...summary,
        ...retention,
        rejectedCount: rejectedCount(x),
        rejected: x.rejected,
        warnings: x.warnings ?? [],
      },
    };
  }
}
