import { describe, expect, it } from 'vitest';
import { stringAt } from '../../../../core/lib/string-column';
import { CancelledBy } from '../../../../core/records/orders';
import { at, fixtureText, read } from './helpers';

/** What the times and cancel columns say happened to order i (never the status word). */
function fate(x: ReturnType<typeof read>, i: number): string {
  const o = x.orders;
  if (o.cancelledBy[i] !== CancelledBy.none) {
    const by = Object.entries(CancelledBy).find(([, code]) => code === o.cancelledBy[i])?.[0];
    return `cancelled by ${by}`;
  }
  if (!Number.isNaN(o.deliveredAt[i])) return 'delivered';
  return Number.isNaN(o.shippedAt[i]) ? 'open' : 'shipped';
}

// Each case: fixture, shop zone, the first order's paid time, and each order's fate. Where each was seen:
// tests/fixtures/exports/VARIANTS.md (and the note on each line).
const CASES = [
  // Thai statuses under English headers: domain reference §5 ("จัดส่งแล้ว"), public Thai-shop loader.
  [
    'tiktok-th-status.csv',
    'Asia/Bangkok',
    '2026-03-01T10:00:00+07:00',
    ['shipped', 'delivered', 'cancelled by buyer', 'open', 'open'],
  ],
  // Vietnamese: domain reference §5; "Đã giao" written decomposed (NFD) still matches. Words: reconstruction.
  [
    'tiktok-vn-status.csv',
    'Asia/Ho_Chi_Minh',
    '2026-03-01T10:00:00+07:00',
    ['delivered', 'cancelled by seller', 'open'],
  ],
  // Indonesian: reconstruction, unverified. Row 2 says Selesai (completed) with no Delivered Time: not delivered.
  ['tiktok-id-status.csv', 'Asia/Jakarta', '2026-03-01T10:00:00+07:00', ['shipped', 'shipped', 'cancelled by system']],
  // Malay: reconstruction, unverified.
  [
    'tiktok-my-status.csv',
    'Asia/Kuala_Lumpur',
    '2026-03-01T10:00:00+08:00',
    ['shipped', 'delivered', 'cancelled by buyer', 'open'],
  ],
  // Spanish, with Cancel By "Comprador": reconstruction, unverified.
  [
    'tiktok-es-status.csv',
    'America/Mexico_City',
    '2026-03-01T10:00:00-06:00',
    ['shipped', 'delivered', 'cancelled by buyer', 'open'],
  ],
  // Chinese statuses ("运输中") in a cross-border export: domain reference §5.
  ['tiktok-cn-status.csv', 'Europe/London', '2026-03-01T10:00:00Z', ['shipped', 'delivered', 'cancelled by buyer']],
] as const;

describe('TikTok exports with Order Status in the seller’s language', () => {
  it.each(CASES)(
    '%s: every row read, each order decided by its times and cancel columns',
    (file, timeZone, paid, fates) => {
      const x = read(file, fixtureText(file), { timeZone });
      expect(x.rejected).toEqual([]);
      expect(x.orderIds.map((_, i) => fate(x, i))).toEqual(fates);
      expect(x.orders.paidAt[0]).toBe(at(paid)); // DD/MM/YYYY, the shop's zone
    },
  );

  it('warns once about a status word it does not know, naming it and counting its rows; no row is rejected', () => {
    // tiktok-th-status.csv: "รอตรวจสอบ" (pending review) on its lines 5 and 6 is in no list we have.
    const x = read('tiktok-th-status.csv', fixtureText('tiktok-th-status.csv'), { timeZone: 'Asia/Bangkok' });
    expect(x.orders.length).toBe(5);
    expect(x.warnings).toEqual([
      {
        field: 'Order Status',
        value: 'รอตรวจสอบ',
        rows: 2,
        row: 5,
        message:
          'Order Status "รอตรวจสอบ" on 2 rows (first: row 5) is not a value this reader knows: ' +
          'those orders were read from their time and cancel columns',
      },
    ]);
  });

  it('knows every other fixture’s words: no warning', () => {
    for (const [file, timeZone] of CASES.slice(1))
      expect(read(file, fixtureText(file), { timeZone }).warnings).toEqual([]);
  });

  it('reads a cross-border export with Country and no State: the orders have no region, and are all read', () => {
    // Seen: domain reference §5 ("cross-border exports have Country and no State").
    const x = read('tiktok-cn-status.csv', fixtureText('tiktok-cn-status.csv'), { timeZone: 'Europe/London' });
    expect(x.orderIds).toHaveLength(3);
    expect([0, 1, 2].map((i) => stringAt(x.meta.region, i))).toEqual(['', '', '']);
    expect(JSON.stringify(x)).not.toContain('United Kingdom'); // Country is never read
  });
});
