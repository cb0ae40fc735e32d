import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../../../storage/history-store';
import { freshDb, spyOn } from '../../storage/history/helpers';
import { exportFile, LONDON, runImport, summaryOf } from './helpers';

/**
 * A cancel while storing ends the worker (pages/import-link.ts): the batch in flight is rolled back
 * and the ones before stay. A failing write is the same cut, made where the test wants it.
 */
describe('the store phase', () => {
  it('keeps the batches committed before a stop, and importing again completes the history', async () => {
    const db = freshDb();
    // One order per chunk and one chunk per transaction: the 4 orders take 4 transactions.
    const chunking = { chunkSize: 1, batchChunks: 1 };
    spyOn(db, { table: 'orderChunks', at: 3, error: new Error('worker ended') });
    const cut = await runImport(db, exportFile('tiktok-orders.csv'), LONDON, { chunking });
    expect(cut.outcome).toEqual({ kind: 'failed', message: 'tiktok-orders.csv: worker ended' });
    // Batches 1 and 2 committed; 3 rolled back; 4 never ran, nor the import record of the last batch.
    expect((await loadHistory(db)).orders.length).toBe(2);
    expect(await db.imports.count()).toBe(0);

    const again = summaryOf((await runImport(db, exportFile('tiktok-orders.csv'), LONDON, { chunking })).outcome);
    expect(again).toMatchObject({ added: 2, updated: 0, unchanged: 2 });
    expect((await loadHistory(db)).orders.length).toBe(4);
    expect(await db.imports.count()).toBe(1);
  });
});
