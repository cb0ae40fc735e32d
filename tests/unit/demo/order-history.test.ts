import { describe, expect, it } from 'vitest';
import { readOrderExport } from '../../../core/exports';
import { localParts, MINUTE } from '../../../core/lib/time';
import { demoOrderExport } from '../../../demo/order-history';
import { demoSettings, pastStreams } from '../../../demo/shop';

// A fixed instant (Sat 5 Dec 2026, 07:00 in Shanghai), so the generated shop is the same on every run.
const now = Date.UTC(2026, 11, 4, 23, 0);
const streams = pastStreams(now);
const exportAt = now - 104 * MINUTE; // as the demo: half an hour before a stream that went live 74 min ago
const text = demoOrderExport({ settings: demoSettings, streams, exportAt });
const read = readOrderExport({ name: 'douyin-orders-30-days.csv', text }, { timeZone: demoSettings.timezone });
if (!read.ok) throw new Error(read.error.message);
const x = read.data;

describe("the demo shop's 30-day order export", () => {
  it('is read by the product as a Douyin 抖店 export, every row accepted', () => {
    expect(x.format).toBe('douyin');
    expect(x.rejected).toEqual([]);
    expect(x.orders.length).toBe(text.trim().split('\r\n').length - 1); // one row per order, after the header
  });

  it("carries each past stream's orders under its live room id, with their real times", () => {
    for (const s of streams) {
      const inRoom = x.meta.liveRoomId.filter((r) => r === s.room).length;
      expect(inRoom).toBe(s.orders.length);
      const local = localParts(demoSettings.timezone, s.startAt);
      expect(local.minuteOfDay).toBe(20 * 60); // each went live at 20:00 Shanghai time
    }
  });

  it('ships only at the one pickup (14:00, scanned within half an hour), never before payment, at most 500 a day', () => {
    const perDay = new Map<number, number>();
    for (let i = 0; i < x.orders.length; i++) {
      const shipped = x.orders.shippedAt[i];
      if (Number.isNaN(shipped)) continue;
      expect(shipped).toBeGreaterThan(x.orders.paidAt[i]);
      const local = localParts(demoSettings.timezone, shipped);
      expect(local.minuteOfDay).toBeGreaterThanOrEqual(14 * 60);
      expect(local.minuteOfDay).toBeLessThan(14 * 60 + 30);
      const day = Math.floor(shipped / (24 * 60 * MINUTE));
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(500);
  });
});
