import { describe, expect, it } from 'vitest';
import { carrierCards, carrierRegionCards, wilson } from '../../../../core/model/carriers';
import { OrderFlag, type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { settingsWith, sh } from '../../helpers';

const H = 3_600_000;

/** Carrier A: 40 parcels scanned 11:05 (the 11:00 pickup), all delivered in 48 h against a 60 h standard.
 *  Carrier B: 40 parcels scanned 13:30 (no pickup then), 10 delivered late, 2 logistics-fault returns.
 *  Carrier C: 10 parcels only. */
function history(): { rows: OrderRow[]; carriers: string[] } {
  const rows: OrderRow[] = [];
  const carriers: string[] = [];
  for (let k = 0; k < 40; k++) {
    const shipped = sh('2026-11-20', '11:05');
    rows.push({
      paidAt: shipped - 20 * H,
      shippedAt: shipped,
      deliveredAt: shipped + 48 * H,
      deliverBy: shipped + 60 * H,
    });
    carriers.push('Carrier A');
  }
  for (let k = 0; k < 40; k++) {
    const shipped = sh('2026-11-20', '13:30');
    const late = k < 10;
    rows.push({
      paidAt: shipped - 20 * H,
      shippedAt: shipped,
      deliveredAt: shipped + (late ? 70 : 50) * H,
      deliverBy: shipped + 60 * H,
      flags: k >= 38 ? OrderFlag.logisticsFaultReturn : 0,
    });
    carriers.push('Carrier B');
  }
  for (let k = 0; k < 10; k++) {
    const shipped = sh('2026-11-20', '17:00');
    rows.push({
      paidAt: shipped - 5 * H,
      shippedAt: shipped,
      deliveredAt: shipped + 30 * H,
      deliverBy: shipped + 60 * H,
    });
    carriers.push('Carrier C');
  }
  return { rows, carriers };
}

describe('carrier scorecards', () => {
  const { rows, carriers } = history();
  const cards = carrierCards(ordersFromRows(rows), carriers, settingsWith());
  const card = (c: string) => cards.find((x) => x.carrier === c);

  it('scores each carrier with its sample size and a 95 % Wilson interval', () => {
    // Wilson, z = 1.96: 40/40 → [0.9124, 1]; 30/40 → 0.75 [0.5981, 0.8581]; 2/40 → 0.05 [0.0138, 0.165].
    expect(card('Carrier A')?.pickupPunctuality).toEqual({ value: 1, low: 0.9124, high: 1, n: 40 });
    expect(card('Carrier A')?.onTimeDelivery).toEqual({ value: 1, low: 0.9124, high: 1, n: 40 });
    expect(card('Carrier B')?.pickupPunctuality).toEqual({ value: 0, low: 0, high: 0.0876, n: 40 });
    expect(card('Carrier B')?.onTimeDelivery).toEqual({ value: 0.75, low: 0.5981, high: 0.8581, n: 40 });
    expect(card('Carrier B')?.faultReturns).toEqual({ value: 0.05, low: 0.0138, high: 0.165, n: 40 });
    // Transit of B: 10 × 70 h and 30 × 50 h → P50 50 h, P90 70 h (rank 36 of 40 is a 70 h one).
    expect(card('Carrier B')?.transitHours).toEqual({ p50: 50, p90: 70, n: 40 });
  });

  it('says "not enough data" under 30 orders, and lists the busiest carrier first', () => {
    expect(card('Carrier C')).toEqual({
      carrier: 'Carrier C',
      orders: 10,
      pickupPunctuality: null,
      firstPickupShare: null,
      transitHours: null,
      onTimeDelivery: null,
      faultReturns: null,
    });
    expect(cards.map((c) => c.carrier)).toEqual(['Carrier A', 'Carrier B', 'Carrier C']);
  });

  it('computes the Wilson interval by its formula', () => {
    expect(wilson(0, 0)).toBeNull();
    expect(wilson(30, 40)).toEqual({ value: 0.75, low: 0.5981, high: 0.8581, n: 40 });
  });
});

/**
 * Carrier X, 40 parcels paid Wed 08:00, with ready-to-ship times and regions (pickups 11:00 and 17:00):
 * - 24 packed 10:30, scanned 11:05: the first pickup after packing (11:00) took them → taken (Zhejiang);
 * - 6 packed 10:30, scanned 17:05: left behind by the 11:00 pickup → not taken (Zhejiang);
 * - 10 packed 11:30, scanned 17:10: the first pickup after 11:30 is 17:00 → taken (Beijing).
 */
function packedHistory() {
  const rows: OrderRow[] = [];
  const rts: number[] = [];
  const region: string[] = [];
  const add = (n: number, packed: string, scanned: string, to: string) => {
    for (let k = 0; k < n; k++) {
      rows.push({ paidAt: sh('2026-11-25', '08:00'), shippedAt: sh('2026-11-25', scanned) });
      rts.push(sh('2026-11-25', packed));
      region.push(to);
    }
  };
  add(24, '10:30', '11:05', 'Zhejiang');
  add(6, '10:30', '17:05', 'Zhejiang');
  add(10, '11:30', '17:10', 'Beijing');
  return { o: ordersFromRows(rows), extras: { rtsAt: Float64Array.from(rts), regionOf: (i: number) => region[i] } };
}

describe('first pickup after packing, and cards per region', () => {
  const { o, extras } = packedHistory();
  const carriers = Array.from({ length: o.length }, () => 'Carrier X');

  it('counts the parcels the first scheduled pickup after their ready-to-ship time took', () => {
    const [card] = carrierCards(o, carriers, settingsWith(), extras);
    // 24 + 10 = 34 of 40 taken → 0.85; Wilson (z = 1.96) [0.7093, 0.9294].
    expect(card.firstPickupShare).toEqual({ value: 0.85, low: 0.7093, high: 0.9294, n: 40 });
  });

  it('has no first-pickup share without ready-to-ship times', () => {
    const [card] = carrierCards(o, carriers, settingsWith());
    expect(card.firstPickupShare).toBeNull();
  });

  it('scores each carrier and region apart, "not enough data" under 30 orders', () => {
    const cards = carrierRegionCards(o, carriers, settingsWith(), extras);
    expect(cards.map((c) => [c.carrier, c.region, c.orders])).toEqual([
      ['Carrier X', 'Zhejiang', 30],
      ['Carrier X', 'Beijing', 10],
    ]);
    // Zhejiang: 24 of 30 → 0.8, Wilson [0.6269, 0.905]. Beijing: 10 orders, below 30.
    expect(cards[0].firstPickupShare).toEqual({ value: 0.8, low: 0.6269, high: 0.905, n: 30 });
    expect(cards[1].firstPickupShare).toBeNull();
    expect(cards[1].pickupPunctuality).toBeNull();
  });

  it('makes no region cards when the export names no region', () => {
    expect(carrierRegionCards(o, carriers, settingsWith(), { regionOf: () => '' })).toEqual([]);
  });
});
