import { describe, expect, it } from 'vitest';
import { boardAt, OPEN_BEFORE } from '../../../demo/warehouse';
import { sh } from '../helpers';

describe('the demo’s ERP board: the real warehouse, slower than the settings', () => {
  const start = sh('2026-11-25', '09:00'); // Shanghai, the demo shop's zone

  it('packs 70 % of the typed 4 × 25 an hour: 70 an hour off the 420 open before the stream', () => {
    // After the minute 09:59 (60 minutes of packing): 420 − 70 = 350 waiting, 70 packed, none shipped.
    expect(boardAt([], start, start + 60 * 60_000 - 1)).toEqual({ pickPack: 350, shipTransport: 70, shippedToday: 0 });
    expect(OPEN_BEFORE).toBe(420);
  });

  it('hands the packed parcels to the 14:00 pickup, up to its 500, and adds the stream’s orders to the queue', () => {
    // 100 orders at 09:30. By 14:00 (300 minutes): 350 packed; the pickup takes them; 420 + 100 − 350 = 170 wait,
    // then one more minute of packing (70 ÷ 60) leaves 168.83 → 169 waiting, 1 packed.
    const orders = Array.from({ length: 100 }, () => ({ atMs: 30 * 60_000, productIndex: 0 }));
    expect(boardAt(orders, start, sh('2026-11-25', '14:00') + 30_000)).toEqual({
      pickPack: 169,
      shipTransport: 1,
      shippedToday: 350,
    });
  });
});
