import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { decodeExport } from '../../../../core/exports/decode';
import { loadHistory, upsertOrders } from '../../../../storage/history-store';
import { ImportService, PROGRESS_EVERY_MS } from '../../../../workers/import/import-service';
import type { ImportOutcome, ImportProgress } from '../../../../workers/import/types';
import { fixture, read } from '../../core/exports/helpers';
import { freshDb, rowsOf } from '../../storage/history/helpers';
import { asExport } from '../../warehouse-history';
import { counts, exportFile, LONDON, NOW, runImport, SHANGHAI, steppingClock, summaryOf } from './helpers';

describe('ImportService', () => {
  it('reports progress while reading, paced, then once at 100 % when it starts storing', async () => {
    const file = exportFile('tiktok-orders.csv');
    // 200-byte slices: 4,012 bytes make 21 slices; the clock moves 40 ms per slice.
    const { outcome, reports } = await runImport(freshDb(), file, LONDON, {
      sliceBytes: 200,
      clock: steppingClock(40),
    });
    const s = summaryOf(outcome);
    const reading = reports.filter((r) => r.phase === 'reading');
    // Reads at 40, 80, …: reported at 40, 160, 280, … — one in three slices, 120 ms apart.
    expect(reading.length).toBe(7);
    for (let i = 1; i < reading.length; i++) {
      expect(reading[i].bytes).toBeGreaterThan(reading[i - 1].bytes);
      expect(reading[i].rows).toBeGreaterThanOrEqual(reading[i - 1].rows);
    }
    expect(reading.every((r) => r.totalBytes === file.size && r.bytes < file.size)).toBe(true);
    expect(reports.at(-1)).toEqual({ phase: 'storing', rows: s.rows, bytes: file.size, totalBytes: file.size });
    expect(PROGRESS_EVERY_MS).toBe(100);
  });

  it('stores nothing when cancelled while reading', async () => {
    const db = freshDb();
    const service = new ImportService(db, { sliceBytes: 100, clock: steppingClock(1000) });
    const phases: string[] = [];
    const outcome = await service.importFile(exportFile('tiktok-orders.csv'), LONDON, (p) => {
      // The first report comes after the first slice: cancel there, mid-file.
      if (p.bytes < p.totalBytes) phases.push(service.cancel());
    });
    expect(outcome).toEqual({ kind: 'cancelled', phase: 'reading' });
    expect(phases[0]).toBe('reading');
    expect(await counts(db)).toEqual({ chunks: 0, index: 0, imports: 0 });
    // The service is free again, and a later import of the same file stores it all.
    expect(service.cancel()).toBe('idle');
    expect(summaryOf(await service.importFile(exportFile('tiktok-orders.csv'), LONDON, () => {})).added).toBe(4);
  });

  it('stores nothing when cancelled before the first slice, while the encoding is sniffed', async () => {
    const db = freshDb();
    const service = new ImportService(db);
    const running = service.importFile(exportFile('tiktok-orders.csv'), LONDON, () => {});
    expect(service.cancel()).toBe('reading');
    expect(await running).toEqual({ kind: 'cancelled', phase: 'reading' });
    expect(await counts(db)).toEqual({ chunks: 0, index: 0, imports: 0 });
  });

  it('reads a GBK Douyin export (no BOM) as GBK, with the same orders as the UTF-8 one', async () => {
    const gbk = freshDb();
    const utf8 = freshDb();
    const a = summaryOf((await runImport(gbk, exportFile('douyin-orders.gbk.csv'))).outcome);
    const b = summaryOf((await runImport(utf8, exportFile('douyin-orders.utf8.csv'))).outcome);
    expect(a).toMatchObject({ encoding: 'gbk', format: 'douyin', rows: 6, added: 4, rejectedCount: 0 });
    expect(b).toMatchObject({ encoding: 'utf-8', format: 'douyin', rows: 6, added: 4, rejectedCount: 0 });
    // Carrier names are Chinese text: a wrong decoding would show here first. In paid-time order:
    // 0101 (24th 19:58), 0103 (cancelled, no carrier), 0102 (25th 08:01), 0104.
    const h = await loadHistory(gbk);
    expect(h.carrier).toEqual(['中通快递', '', '圆通速递', '中通快递']);
    expect(rowsOf(h)).toEqual(rowsOf(await loadHistory(utf8)));
  });

  it('reads a UTF-8 export with a BOM as the whole-string reader does, even from 7-byte slices', async () => {
    // 7 bytes cut most 3-byte characters in two: a per-slice decoder would turn them into U+FFFD.
    for (const [name, opts] of [
      ['douyin-orders.utf8.csv', SHANGHAI],
      ['douyin-orders.gbk.csv', SHANGHAI],
      ['tiktok-orders.csv', LONDON],
    ] as const) {
      const db = freshDb();
      const s = summaryOf((await runImport(db, exportFile(name), opts, { sliceBytes: 7 })).outcome);
      const whole = read(name, decodeExport(fixture(name)), opts);
      expect(s.rows, name).toBe(whole.rows);
      expect((await loadHistory(db)).carrier, name).toEqual(
        // Stored in paid-time order; the fixtures list their orders in another order.
        [...whole.meta.carrier.keys()]
          .sort((i, j) => whole.orders.paidAt[i] - whole.orders.paidAt[j])
          .map((i) => whole.meta.carrier[i]),
      );
    }
  });

  it('imports the same file twice: the second time every order is unchanged', async () => {
    const db = freshDb();
    const first = summaryOf((await runImport(db, exportFile('douyin-orders.utf8.csv'))).outcome);
    const before = rowsOf(await loadHistory(db));
    const second = summaryOf((await runImport(db, exportFile('douyin-orders.utf8.csv'))).outcome);
    expect(first).toMatchObject({ added: 4, updated: 0, unchanged: 0 });
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 4, expired: 0 });
    expect(rowsOf(await loadHistory(db))).toEqual(before);
    expect(await db.imports.count()).toBe(2);
  });

  it('applies retention after the import, so an old file cannot bring expired orders back', async () => {
    const db = freshDb();
    const later = { ...SHANGHAI, now: NOW + 121 * 86_400_000 };
    // The store already holds an order paid the day before the import: the shop's newest event.
    await upsertOrders(db, asExport([{ paidAt: later.now - 86_400_000 }]), { source: 'recent.csv' });
    // The file's four orders were paid 121 days before it: past the 120-day window, removed again.
    const s = summaryOf((await runImport(db, exportFile('douyin-orders.utf8.csv'), later)).outcome);
    expect(s).toMatchObject({ added: 4, expired: 4, retentionDays: 120 });
    expect((await loadHistory(db)).orders.length).toBe(1);
  });

  it('deletes nothing when the clock is months ahead of everything stored', async () => {
    // The same file alone, imported with the clock 121 days ahead: its own newest order is the newest event,
    // so the window counts back from a week after it (core/records/retention.ts) and keeps all four.
    const db = freshDb();
    const later = { ...SHANGHAI, now: NOW + 121 * 86_400_000 };
    const s = summaryOf((await runImport(db, exportFile('douyin-orders.utf8.csv'), later)).outcome);
    expect(s).toMatchObject({ added: 4, expired: 0 });
    expect((await loadHistory(db)).orders.length).toBe(4);
  });

  it('refuses a second import while one runs in the same service', async () => {
    const service = new ImportService(freshDb());
    const running = service.importFile(exportFile('tiktok-orders.csv'), LONDON, () => {});
    const second: ImportOutcome = await service.importFile(exportFile('tiktok-orders.csv'), LONDON, () => {});
    expect(second).toEqual({ kind: 'failed', message: 'Another import is still running in this page.' });
    expect(summaryOf(await running).added).toBe(4);
  });

  it('gives no report at all for an empty file, and says the file is empty', async () => {
    const reports: ImportProgress[] = [];
    const db = freshDb();
    const outcome = await new ImportService(db).importFile(new File([], 'empty.csv'), LONDON, (p) => reports.push(p));
    expect(outcome).toEqual({ kind: 'failed', message: 'empty.csv: the file is empty' });
    expect(reports).toEqual([]);
    expect(await counts(db)).toEqual({ chunks: 0, index: 0, imports: 0 });
  });
});
