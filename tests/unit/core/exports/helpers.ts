import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { decodeExport } from '../../../../core/exports/decode';
import { readOrderExport } from '../../../../core/exports/read';
import type { ExportOptions, OrderExport } from '../../../../core/exports/types';

/**
 * Fixtures (tests/fixtures/exports/), hand-written to look like the real exports:
 * - tiktok-orders.csv: Seller Center, UK shop (Europe/London, GMT in November), CRLF, ids and times
 *   with Seller Center's trailing tab. 4 orders on 6 SKU lines: 0101 ×2 lines delivered, 0102 ×2 lines
 *   in transit whose Buyer Message spans two lines (so its records start on lines 4 and 6), 0103
 *   cancelled by the buyer, 0104 a £0 gift. Every personal column is filled.
 * - douyin-orders.utf8.csv: 抖店, UTF-8 with BOM, every cell quoted, ids as "\t6917…", the same four
 *   orders in Asia/Shanghai; 0102's recipient, phone and address are encrypted (##…##, $$…$$).
 * - douyin-orders.gbk.csv: the same bytes run through `iconv -f UTF-8 -t GBK` (BOM dropped).
 */
export const fixture = (file: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/exports/${file}`, import.meta.url)));
export const fixtureText = (file: string): string => decodeExport(fixture(file));

export const london: ExportOptions = { timeZone: 'Europe/London' };
export const shanghai: ExportOptions = { timeZone: 'Asia/Shanghai' };

/** Parses the test's own CSV into arrays (header first), for building variants of a fixture. */
export const table = (text: string): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: 'greedy' }).data;
export const csv = (rows: string[][]): string => Papa.unparse(rows, { newline: '\r\n' });

/** Reads and insists on success, so a test can look at the data directly. */
export function read(name: string, text: string, opts: ExportOptions): OrderExport {
  const r = readOrderExport({ name, text }, opts);
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

/** One order as plain values, to compare with toEqual (NaN stays NaN). */
export function order(x: OrderExport, i: number) {
  const o = x.orders;
  return {
    id: x.orderIds[i],
    paidAt: o.paidAt[i],
    shippedAt: o.shippedAt[i],
    deliveredAt: o.deliveredAt[i],
    cancelledAt: o.cancelledAt[i],
    cancelledBy: o.cancelledBy[i],
    flags: o.flags[i],
    deliverBy: o.deliverBy[i],
    shipBy: o.shipBy[i],
    carrier: x.meta.carrier[i],
    liveRoomId: x.meta.liveRoomId[i],
    quantity: x.meta.quantity[i],
    amountFen: x.meta.amountFen[i],
  };
}

export const allOrders = (x: OrderExport) => x.orderIds.map((_, i) => order(x, i));

/** An instant from ISO text with its offset: `at('2026-11-24T19:58:31+08:00')`. */
export const at = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad test instant ${iso}`);
  return t;
};
