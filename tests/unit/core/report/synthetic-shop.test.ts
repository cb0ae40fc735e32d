import { describe, expect, it } from 'vitest';
import { readOrderExport } from '../../../../core/exports';
import { MINUTE } from '../../../../core/lib/time';
import { planPipeline, simulate } from '../../../../core/model/capacity';
import { dispatchedLate, fillDeadlines } from '../../../../core/model/ship-by-orders';
import { lastEvent } from '../../../../core/records/known-rows';
import { CancelledBy } from '../../../../core/records/orders';
import { shopExportCsv, syntheticShop } from '../../../../core/report/synthetic-shop';
import { cardFor } from '../../../../core/scorecards';
import { parseSettings } from '../../../../core/settings/settings-file';

/** The generator of synthetic shops for the backtest (issue #13): its warehouse keeps the books straight. */
const shops = [1, 2, 3].map((seed) => syntheticShop(seed));

// Ten 45-day shops of up to 27,000 orders each: generous limits for a loaded two-core machine.
describe('a synthetic shop', { timeout: 120_000 }, () => {
  it('is the same shop for the same seed, and its settings are a valid settings file', () => {
    expect(syntheticShop(2).orders.shippedAt).toEqual(shops[1].orders.shippedAt);
    for (const s of shops) expect(parseSettings(JSON.parse(JSON.stringify(s.settings))).ok).toBe(true);
  });

  it('draws its real warehouse within the issue’s bounds and has 6–10 streams of 2–4 h', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { truth, streams } = seed <= 3 ? shops[seed - 1] : syntheticShop(seed, { days: 20 });
      expect(truth.packFactor).toBeGreaterThanOrEqual(0.6);
      expect(truth.packFactor).toBeLessThanOrEqual(1.4);
      expect(truth.pickupMissRate).toBeGreaterThanOrEqual(0);
      expect(truth.pickupMissRate).toBeLessThanOrEqual(0.15);
      if (seed <= 3) expect(streams.length).toBeGreaterThanOrEqual(6);
      for (const st of streams) expect((st.end - st.start) / MINUTE).toBeGreaterThanOrEqual(120);
      for (const st of streams) expect((st.end - st.start) / MINUTE).toBeLessThanOrEqual(240);
    }
  });

  it('conserves orders: each paid order is shipped, cancelled by its buyer before the pickup, or still open', () => {
    for (const { orders: o } of shops) {
      let shipped = 0;
      let cancelled = 0;
      let open = 0;
      for (let i = 0; i < o.length; i++) {
        const isShipped = !Number.isNaN(o.shippedAt[i]);
        const isCancelled = !Number.isNaN(o.cancelledAt[i]);
        expect(isShipped && isCancelled).toBe(false);
        if (isCancelled) expect(o.cancelledBy[i]).toBe(CancelledBy.buyer);
        if (isShipped) shipped++;
        else if (isCancelled) cancelled++;
        else open++;
      }
      expect(shipped + cancelled + open).toBe(o.length);
      expect(shipped).toBeGreaterThan(0);
    }
  });

  it('packs before the pickup and after the payment: paid ≤ RTS ≤ shipped ≤ delivered', () => {
    for (const { orders: o } of shops) {
      for (let i = 0; i < o.length; i++) {
        if (Number.isNaN(o.shippedAt[i])) continue;
        expect(o.rtsAt[i]).toBeGreaterThanOrEqual(o.paidAt[i]);
        expect(o.rtsAt[i]).toBeLessThanOrEqual(o.shippedAt[i]);
        if (!Number.isNaN(o.deliveredAt[i])) expect(o.deliveredAt[i]).toBeGreaterThan(o.shippedAt[i]);
      }
    }
  });

  it('never has a pickup take more than its true limit, and ships only at the pickups that came', () => {
    for (const { orders: o, pickups } of shops) {
      const scanned = new Map<number, number>();
      for (let i = 0; i < o.length; i++) {
        if (!Number.isNaN(o.shippedAt[i])) scanned.set(o.shippedAt[i], (scanned.get(o.shippedAt[i]) ?? 0) + 1);
      }
      for (const p of pickups) {
        expect(p.taken).toBeLessThanOrEqual(p.limit);
        expect(scanned.get(p.at) ?? 0).toBe(p.taken);
      }
      expect([...scanned.values()].reduce((a, b) => a + b, 0)).toBe(pickups.reduce((a, p) => a + p.taken, 0));
    }
  });

  it('exactly as typed (no pickup missed, the typed speed and limits, no cancellation), ships as the settings’ own capacity model does', () => {
    const shop = syntheticShop(3, { truth: { packFactor: 1, pickupMissRate: 0, maxParcelsFactor: 1, cancelRate: 0 } });
    const o = shop.orders;
    const t0 = Math.floor(o.paidAt[0] / MINUTE) * MINUTE - 60 * MINUTE * 24;
    const last = shop.pickups[shop.pickups.length - 1].at;
    const minutes = Math.floor((last - t0) / MINUTE) + 1;
    const arrivals = new Float64Array(minutes);
    for (let i = 0; i < o.length; i++) if (o.paidAt[i] < last) arrivals[Math.floor((o.paidAt[i] - t0) / MINUTE)]++;
    const run = simulate(planPipeline(shop.settings, t0, minutes), arrivals);
    let shipped = 0;
    for (const p of shop.pickups) {
      shipped += p.taken;
      const model = run.shipped[Math.min(run.length - 1, Math.floor((p.at - t0) / MINUTE))];
      // Whole orders here, a fluid of orders in capacity.ts: the two may part by the order the packers are on.
      expect(Math.abs(shipped - model)).toBeLessThanOrEqual(1);
    }
    expect(shipped).toBeGreaterThan(o.length * 0.9);
  });

  it('is late in some shops after a stream and never in others', () => {
    const late = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => {
      const { orders: o, settings } = syntheticShop(seed);
      fillDeadlines(o, settings, cardFor(settings));
      // As the export tells it: an order still open at its end is late only if its deadline has passed by then.
      const end = lastEvent(o);
      let n = 0;
      for (let i = 0; i < o.length; i++) if (dispatchedLate(o, i, end)) n++;
      return n;
    });
    expect(late.some((n) => n === 0)).toBe(true);
    expect(late.some((n) => n > 100)).toBe(true);
  });

  it('writes a TikTok US export the real reader reads back, time for time', () => {
    const shop = shops[0];
    const read = readOrderExport(
      { name: 'shop.csv', text: shopExportCsv(shop) },
      { timeZone: shop.settings.timezone, slashDates: 'MDY' },
    );
    if (!read.ok) throw new Error(read.error.message);
    expect(read.data.rejected).toEqual([]);
    expect(read.data.warnings ?? []).toEqual([]);
    const o = read.data.orders;
    expect(o.length).toBe(shop.orders.length);
    for (const c of ['createdAt', 'paidAt', 'rtsAt', 'shippedAt', 'deliveredAt', 'cancelledAt'] as const) {
      expect(o[c]).toEqual(shop.orders[c]);
    }
    expect(o.cancelledBy).toEqual(shop.orders.cancelledBy);
    expect(read.data.meta.carrier).toEqual(shop.carriers);
  });
});
