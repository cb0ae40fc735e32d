import { describe, expect, it } from 'vitest';
import { DAY } from '../../../../core/lib/time';
import {
  CancelledBy,
  type CancelledByCode,
  OrderFlag,
  type OrderRow,
  ordersFromRows,
} from '../../../../core/records/orders';
import { scoreAt } from '../../../../core/scorecards/engine';
import type { Scorecard } from '../../../../core/scorecards/schema';
import { tiktokSea2026 } from '../../../../core/scorecards/tiktok-sea-2026';
import { tiktokUs2026 } from '../../../../core/scorecards/tiktok-us-2026';
import { LA, la, NOW_LA, times } from './helpers';

// TikTok Shop fulfilment (§3), scored at Fri 2026-11-20 10:00 Los Angeles. Points are our assumed 0–5 bands.
const score = (rows: OrderRow[], card: Scorecard = tiktokUs2026) => scoreAt(card, ordersFromRows(rows), NOW_LA, LA);
const flagIds = (rows: OrderRow[], prefix: string, card: Scorecard = tiktokUs2026) =>
  score(rows, card)
    .flags.map((f) => f.id)
    .filter((id) => id.startsWith(prefix));

const paid = la('2026-11-10T10:00:00');
const shipBy = la('2026-11-12T23:59:59');
const deliverBy = la('2026-11-18T23:59:59');
const dispatched = (at: number): OrderRow => ({ paidAt: paid, shipBy, shippedAt: at });
const onTime = dispatched(la('2026-11-11T10:00:00'));
const lateScan = dispatched(la('2026-11-13T10:00:00'));
const unscannedPast: OrderRow = { paidAt: paid, shipBy };

// LDR is measured over 7 days (reported by seller guides, §3): these orders of Tue 10 Nov are scored on Mon 16 Nov.
const LDR_NOW = la('2026-11-16T10:00:00');
const ldrScore = (rows: OrderRow[]) => scoreAt(tiktokUs2026, ordersFromRows(rows), LDR_NOW, LA);
const ldrFlags = (rows: OrderRow[]) =>
  ldrScore(rows)
    .flags.map((f) => f.id)
    .filter((id) => id.startsWith('ldr'));

describe('LDR: no pickup scan by shipBy ÷ orders dispatched or due, over 7 days', () => {
  it('counts late scans and unscanned orders past shipBy; not orders still inside it or without one', () => {
    const rows = [
      ...times(20, () => onTime),
      lateScan,
      unscannedPast,
      { paidAt: la('2026-11-15T10:00:00'), shipBy: la('2026-11-17T23:59:59') }, // not due yet
      { paidAt: paid }, // no shipBy: not judged
    ];
    // 2 late of 22 → 9.1 % → the ≤ 10 % band → 1 point; above 4 % but not above 10 %
    expect(ldrScore(rows).indicators.ldr).toMatchObject({ value: 2 / 22, points: 1, weight: 0, sampleSize: 22 });
    expect(ldrFlags(rows)).toEqual(['ldr-above-4']);
  });

  it('raises both flags above 10 %', () => {
    // 2 late of 10 → 20 % → 0 points
    const rows = [...times(8, () => onTime), lateScan, unscannedPast];
    expect(ldrScore(rows).indicators.ldr).toMatchObject({ value: 0.2, points: 0 });
    expect(ldrFlags(rows)).toEqual(['ldr-above-4', 'ldr-above-10']);
  });

  it('raises no flag at exactly 4 %', () => {
    // 1 late of 25 → 4 % → the ≤ 4 % band (the target) → 4 points
    const rows = [...times(24, () => onTime), lateScan];
    expect(ldrScore(rows).indicators.ldr.points).toBe(4);
    expect(ldrFlags(rows)).toEqual([]);
  });

  it('drops an unscanned order cancelled before its shipBy and counts one cancelled after it as late', () => {
    const cancel = (at: number): OrderRow => ({ ...unscannedPast, cancelledAt: at, cancelledBy: CancelledBy.seller });
    expect(ldrScore([onTime, cancel(la('2026-11-11T10:00:00'))]).indicators.ldr.value).toBe(0);
    expect(ldrScore([onTime, cancel(la('2026-11-14T10:00:00'))]).indicators.ldr.value).toBe(0.5);
  });

  it('leaves out orders paid more than 7 days before, which OTDR over 30 days still counts', () => {
    // Scored on Fri 20 Nov, the orders of Tue 10 Nov are 10 days old: outside LDR's 7 days, inside OTDR's 30.
    const delivered: OrderRow = { ...onTime, deliverBy, deliveredAt: la('2026-11-14T10:00:00') };
    const r = score([delivered, lateScan, unscannedPast]);
    expect(r.indicators.ldr.value).toBeNull();
    expect(r.indicators.otdr.sampleSize).toBeGreaterThan(0);
  });
});

describe('OTDR: delivered by deliverBy ÷ orders due', () => {
  const delivered = (at: number): OrderRow => ({ paidAt: paid, deliverBy, deliveredAt: at });
  const inTime = delivered(la('2026-11-16T10:00:00'));
  const late = delivered(la('2026-11-19T10:00:00'));

  it('counts late and overdue deliveries against it, not orders still inside their deliverBy', () => {
    const rows = [
      ...times(7, () => inTime),
      late,
      late,
      { paidAt: paid, deliverBy }, // undelivered, past deliverBy → late
      { paidAt: paid, deliverBy: la('2026-11-24T23:59:59') }, // not due yet
    ];
    // 7 of 10 → 70 % → the ≥ 70 % band → 3 points; below the 80 % target
    expect(score(rows).indicators.otdr).toMatchObject({ value: 0.7, points: 3, sampleSize: 10 });
    expect(flagIds(rows, 'otdr')).toEqual(['otdr-below-80']);
  });

  it('meets the target at exactly 80 %: 4 points, no flag', () => {
    const rows = [...times(8, () => inTime), late, late];
    expect(score(rows).indicators.otdr.points).toBe(4);
    expect(flagIds(rows, 'otdr')).toEqual([]);
  });
});

describe('SFCR: seller and system cancellations ÷ orders', () => {
  const cancelled = (by: CancelledByCode, at = la('2026-11-11T10:00:00')): OrderRow => ({
    paidAt: paid,
    cancelledAt: at,
    cancelledBy: by,
  });

  it('counts seller and system cancellations, not buyer or platform ones', () => {
    const rows = [
      cancelled(CancelledBy.seller),
      cancelled(CancelledBy.system),
      cancelled(CancelledBy.buyer),
      cancelled(CancelledBy.platform),
      ...times(36, () => ({ paidAt: paid })),
    ];
    // 2 of 40 → 5 % → the ≤ 5 % band → 3 points; above the 2.5 % target
    expect(score(rows).indicators.sfcr).toMatchObject({ value: 0.05, points: 3, sampleSize: 40 });
    expect(flagIds(rows, 'sfcr')).toEqual(['sfcr-above-2.5']);
  });

  it('ignores a cancellation after `now`', () => {
    const rows = [cancelled(CancelledBy.seller, NOW_LA + 1), { paidAt: paid }];
    expect(score(rows).indicators.sfcr.value).toBe(0);
  });
});

describe('VTR: valid tracking ÷ shipped', () => {
  it('counts shipped orders only', () => {
    const shipped = { paidAt: paid, shippedAt: la('2026-11-11T10:00:00') };
    const rows = [
      ...times(9, () => ({ ...shipped, flags: OrderFlag.validTracking })),
      shipped,
      { paidAt: paid, flags: OrderFlag.validTracking }, // not shipped: not counted
    ];
    // 9 of 10 → 90 % → the ≥ 90 % band → 3 points; below the 95 % target
    expect(score(rows).indicators.vtr).toMatchObject({ value: 0.9, points: 3, sampleSize: 10 });
    expect(flagIds(rows, 'vtr')).toEqual(['vtr-below-95']);
  });
});

describe('Shop Performance Score (fulfilment part)', () => {
  const delivered = (onTimeDelivery: boolean): OrderRow => ({
    paidAt: paid,
    shipBy,
    shippedAt: la('2026-11-11T10:00:00'),
    deliverBy,
    deliveredAt: onTimeDelivery ? la('2026-11-16T10:00:00') : la('2026-11-19T10:00:00'),
    flags: OrderFlag.validTracking,
  });

  it('shows no score below 30 delivered orders, but still flags', () => {
    const r = score(times(29, () => delivered(false)));
    expect(r).toMatchObject({ stage: 'growth', score: null });
    expect(r.flags.map((f) => f.id)).toEqual(['otdr-below-80']);
    expect(r.stars).toBeUndefined();
  });

  it('weights OTDR and SFCR 50/50 and leaves LDR and VTR out: OTDR 70 % (3) and SFCR 0 (5) → 4', () => {
    const rows = times(30, (k) => delivered(k < 21));
    expect(score(rows)).toMatchObject({ stage: 'scored', score: 4 });
  });

  it('scores a clean shop 5', () => {
    expect(score(times(30, () => delivered(true))).score).toBe(5);
  });
});

describe('South-East Asia', () => {
  it('looks back 30 days: an order paid 31 days ago is out', () => {
    const rows = [{ paidAt: NOW_LA - 31 * DAY }];
    expect(score(rows, tiktokSea2026).validOrders).toBe(0);
    expect(score(rows, tiktokUs2026).validOrders).toBe(1);
  });

  it('flags SFCR at 10 %: order-volume caps', () => {
    const seller = { paidAt: paid, cancelledAt: la('2026-11-11T10:00:00'), cancelledBy: CancelledBy.seller };
    const rows = [...times(4, () => seller), ...times(36, () => ({ paidAt: paid }))];
    expect(flagIds(rows, 'sfcr', tiktokSea2026)).toEqual(['sfcr-above-2.5', 'sfcr-10']);
  });
});
