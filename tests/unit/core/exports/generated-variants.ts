import { createHash } from 'node:crypto';
import type { ExportOptions, OrderExport } from '../../../../core/exports/types';
import { seeded } from '../../../../core/lib/random';
import type { Result } from '../../../../core/lib/result';
import { csv, fixtureText, table } from './helpers';

/**
 * Generated exports of every variant the fixtures cover (tests/fixtures/exports/, VARIANTS.md), for the
 * equivalence tests of the reader's speed work (issue #17): each is its fixture's header over
 * `rows` rows drawn from the fixture's own rows, with the order ids, times, amounts and quantities
 * varied and, on about a third of the rows, one to three cells of any column swapped for a tricky value
 * (placeholders, other date shapes, impossible dates, amounts with separators or currencies, unknown
 * words), plus lines with a field too many or too few, blank lines, lines of bare commas and a last
 * line with an unclosed quote. Seeded.
 */
export const VARIANTS = [
  { file: 'tiktok-orders.csv', opts: { timeZone: 'Europe/London' } },
  { file: 'tiktok-us-12h.csv', opts: { timeZone: 'America/Los_Angeles', slashDates: 'MDY' } },
  { file: 'tiktok-th-status.csv', opts: { timeZone: 'Asia/Bangkok' } },
  { file: 'tiktok-vn-status.csv', opts: { timeZone: 'Asia/Ho_Chi_Minh' } },
  { file: 'tiktok-id-status.csv', opts: { timeZone: 'Asia/Jakarta' } },
  { file: 'tiktok-my-status.csv', opts: { timeZone: 'Asia/Kuala_Lumpur' } },
  { file: 'tiktok-es-status.csv', opts: { timeZone: 'Europe/Madrid' } },
  { file: 'tiktok-cn-status.csv', opts: { timeZone: 'Europe/London' } },
  { file: 'tiktok-preorder.csv', opts: { timeZone: 'Europe/London' } },
  { file: 'tiktok-headers-th.csv', opts: { timeZone: 'Asia/Bangkok' } },
  { file: 'douyin-orders.utf8.csv', opts: { timeZone: 'Asia/Shanghai' } },
  { file: 'douyin-orders.gbk.csv', opts: { timeZone: 'Asia/Shanghai' } },
  { file: 'douyin-closed-no-time.csv', opts: { timeZone: 'Asia/Shanghai' } },
] as const satisfies readonly { file: string; opts: ExportOptions }[];

/** 26 Nov 2026, the day after the fixtures' orders: times a year after it are rejected. */
export const GENERATED_NOW = Date.parse('2026-11-26T12:00:00Z');

const TRICKY = [
  '',
  ' ',
  '-',
  '--',
  'N/A',
  '/',
  '0',
  '1',
  '-1',
  '1.5',
  '1234567890',
  '12,5',
  '1,234.50',
  '12.5',
  'RM 12.00',
  '¥29.90',
  'USD 5',
  '99999999999999999999',
  '2026-11-24 10:00:00',
  '2026/11/24 10:00',
  '2026-11-24T10:00:00',
  '2026-2-3 4:05',
  '24/11/2026 10:00',
  '24/11/2026 9:05:00',
  '11/24/2026 10:00:00 AM',
  '11/24/2026 12:30:00 pm',
  '24/11/2026 13:00:00 PM',
  '31/02/2026 10:00:00',
  '30/02/2026 10:00:00\t',
  '01/01/1970 00:00:00',
  '2099-01-01 00:00:00',
  '2026-13-01 00:00:00',
  '2026-11-24 24:00:00',
  '2026-11-24 10:60:00',
  'Buyer',
  'seller',
  'SYSTEM',
  'Someone',
  'Pre-order',
  'Normal',
  'Completed',
  'Unknown word',
  '已关闭',
  '已完成',
  '售后中',
  '商家缺货',
  '系统超时',
  '平台风控',
  '中通快递 75891234567',
  '圆通速递:YT88',
  '0',
  '12345',
  'abc',
  '\t576461234567890999',
  '57646123456789',
  'Texas',
  'California',
  '广东省',
  '  Cotton   Tee  ',
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The same shape of time with other digits, so the date cache sees many distinct texts. */
function shifted(text: string, rnd: () => number): string {
  return text.replace(/\d{1,2}:\d{2}(:\d{2})?/, (m, sec) => {
    const h = m.split(':')[0].length === 1 ? String(Math.floor(rnd() * 10)) : pad(Math.floor(rnd() * 24));
    return `${h}:${pad(Math.floor(rnd() * 60))}${sec ? `:${pad(Math.floor(rnd() * 60))}` : ''}`;
  });
}

/** The text of one generated export of `file`'s variant. */
export function generatedExport(file: string, rows: number, seed: number): string {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const [header, ...data] = table(fixtureText(file));
  const ids = Array.from({ length: Math.max(4, Math.floor(rows / 2)) }, (_, i) => `5764612345678${pad(i, 6)}`);
  const out: string[][] = [header];
  for (let r = 0; r < rows; r++) {
    const kind = rnd();
    if (kind < 0.01) {
      out.push(['']);
      continue;
    }
    if (kind < 0.02) {
      out.push(header.map(() => ''));
      continue;
    }
    const row = [...pick(data)];
    const id = pick(ids);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (/^\t?\d{16,24}\t?$/.test(v)) row[c] = v.replace(/\d{16,24}/, id);
      else if (/\d:\d{2}/.test(v) && rnd() < 0.7) row[c] = shifted(v, rnd);
      else if (/^\d+\.\d\d$/.test(v) && rnd() < 0.5)
        row[c] = `${Math.floor(rnd() * 500)}.${pad(Math.floor(rnd() * 100))}`;
    }
    if (rnd() < 0.35) {
      const n = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < n; k++) row[Math.floor(rnd() * row.length)] = pick(TRICKY);
    }
    if (kind > 0.99) row.push('extra');
    else if (kind > 0.985) row.pop();
    out.push(row);
  }
  // The last line opens a quote it never closes: the CSV layer cannot split it (a skipped row).
  return `${csv(out)}\r\n${pick(ids)},"cut short`;
}

const plain = (v: unknown): unknown => {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : v;
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>, plain);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
};

/** Everything a read gives — columns, ids, meta, rows, rejections, warnings or the error — as one digest. */
export function digestOf(r: Result<OrderExport>): string {
  return createHash('sha256')
    .update(JSON.stringify(plain(r)))
    .digest('hex')
    .slice(0, 16);
}

/** What a read gave, in figures a person can compare at a glance when a digest differs. */
export function summaryOf(r: Result<OrderExport>): string {
  if (!r.ok) return `error: ${r.error.message.slice(0, 60)}`;
  const x = r.data;
  return `${x.rows} rows, ${x.orderIds.length} orders, ${x.rejected.length} rejected, ${x.warnings?.length ?? 0} warnings`;
}

/**
 * What the reader of commit 702fe49, before the speed work of issue #17, gave for `generatedExport(file,
 * 2000, 17)` read at GENERATED_NOW with the variant's options: the digest and the summary. The streamed
 * file (workers/import/parse-file.ts) gave the same. A digest that differs means some value, rejection
 * or message changed; the summary beside it says roughly where.
 */
export const BEFORE: Record<string, [string, string]> = {
  'tiktok-orders.csv': ['262dee5ca3c16dcb', '1960 rows, 839 orders, 223 rejected, 23 warnings'],
  'tiktok-us-12h.csv': ['55eee08813e59eb7', '1961 rows, 443 orders, 1001 rejected, 23 warnings'],
  'tiktok-th-status.csv': ['e5ac1655a8a8ca74', '1955 rows, 787 orders, 391 rejected, 54 warnings'],
  'tiktok-vn-status.csv': ['305301c4920953ef', '1947 rows, 804 orders, 350 rejected, 48 warnings'],
  'tiktok-id-status.csv': ['e8ce748f5a075d1b', '1964 rows, 793 orders, 382 rejected, 47 warnings'],
  'tiktok-my-status.csv': ['93abd42d652c5090', '1961 rows, 806 orders, 381 rejected, 48 warnings'],
  'tiktok-es-status.csv': ['6b496f6b5252b3bb', '1961 rows, 800 orders, 387 rejected, 51 warnings'],
  'tiktok-cn-status.csv': ['3ac3954eb51b499a', '1962 rows, 795 orders, 402 rejected, 49 warnings'],
  'tiktok-preorder.csv': ['e225a1d87f23563d', '1951 rows, 795 orders, 434 rejected, 50 warnings'],
  'tiktok-headers-th.csv': ['c0f5c314db5a4ea5', 'error: tiktok-headers-th.csv: not a TikTok Shop or Douyin order exp'],
  'douyin-orders.utf8.csv': ['522819845ce8659d', '1947 rows, 825 orders, 258 rejected, 19 warnings'],
  'douyin-orders.gbk.csv': ['522819845ce8659d', '1947 rows, 825 orders, 258 rejected, 19 warnings'],
  'douyin-closed-no-time.csv': ['539f4a862577f054', '1956 rows, 794 orders, 335 rejected, 23 warnings'],
};
