import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { explainQuota, isQuotaError, quotaMessage } from '../../../../storage/history/quota';
import { exportBackup, loadHistory, restoreBackup, upsertOrders } from '../../../../storage/history-store';
import { exportFile, LONDON, runImport } from '../../workers/import/helpers';
import { exportOf, freshDb, spyOn, T } from './helpers';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** 1,000 MB used of 1,024 MB, as navigator.storage.estimate() would say. */
const nearlyFull = async () => ({ usage: 1000 * 2 ** 20, quota: 1024 * 2 ** 20 });
const HEAD =
  "The browser has no room left for LES Radar's history (1,000 MB used of 1,024 MB). Lower the retention on the " +
  'Options page or free disk space, then';

describe('the storage quota', () => {
  it('is recognised bare and wrapped as Dexie wraps it, and nothing else is', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('1 of 2 failed', { 1: quota() }))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quota() }))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new Error('worker ended')))).toBe(false);
    expect(isQuotaError(new DOMException('gone', 'NotFoundError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('during an import: the seller is told what is used, what to do, and what was kept', async () => {
    const db = freshDb();
    // One order per chunk and per transaction; the third chunk write hits the quota: 2 orders committed.
    spyOn(db, { table: 'orderChunks', at: 3, error: quota() });
    const chunking = { chunkSize: 1, batchChunks: 1 };
    const { outcome } = await runImport(db, exportFile('tiktok-orders.csv'), LONDON, { chunking, storage: nearlyFull });
    expect(outcome).toEqual({
      kind: 'failed',
      message:
        `tiktok-orders.csv: ${HEAD} import again. Nothing from this batch was saved. ` +
        'The 2 orders stored before it are kept; importing the same file again adds only the rest.',
    });
    expect((await loadHistory(db)).orders.length).toBe(2);
  });

  it('during an import whose first batch fails: nothing kept, and the sizes unknown when the browser does not say', async () => {
    const db = freshDb();
    spyOn(db, { table: 'orderIndex', at: 1, error: quota() });
    const { outcome } = await runImport(db, exportFile('tiktok-orders.csv'), LONDON, { storage: async () => null });
    expect(outcome).toEqual({
      kind: 'failed',
      message:
        "tiktok-orders.csv: The browser has no room left for LES Radar's history (the browser did not say how much " +
        'is used). Lower the retention on the Options page or free disk space, then import again. Nothing from this ' +
        'batch was saved.',
    });
    expect(await db.orderChunks.count()).toBe(0);
  });

  it('during a restore: one message, and the database stays empty', async () => {
    const source = freshDb();
    await upsertOrders(source, exportOf([{ id: '6917000000000000001', paidAt: T }]), { source: 'a.csv' });
    const text = await exportBackup(source);
    const target = freshDb();
    spyOn(target, { table: 'orderChunks', at: 1, error: quota() });
    await expect(explainQuota(() => restoreBackup(target, text), 'restore', { use: nearlyFull })).rejects.toThrow(
      `${HEAD} restore again. Nothing from this backup was restored.`,
    );
    expect(await target.imports.count()).toBe(0);
  });

  it('other failures pass through unchanged', async () => {
    await expect(explainQuota(() => Promise.reject(new Error('disk on fire')), 'import')).rejects.toThrow(
      /^disk on fire$/,
    );
    expect(quotaMessage({ usage: 0, quota: 0 }, 'import', 1234)).toContain('The 1,234 orders stored before it');
  });
});
