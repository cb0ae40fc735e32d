import { DAY, epochFromLocal, localParts, MINUTE } from '../core/lib/time';
import { defaultSettings, type Settings } from '../core/settings/settings';
import { LIVE_PLAN, type SimOrder, simulateOrders } from './sim';

/**
 * The demo's shop: a Douyin seller in Shanghai whose warehouse keeps up with ordinary days (about 75
 * orders) and, nearly, with its past streams (700–1,000), but not with tonight's bigger one. Four packers
 * pack 900 orders a day and one carrier pickup at 14:00 takes 500 parcels: within the 48-hour promise
 * about 1,000 orders leave, so a stream of 1,500 leaves a real backlog that one more pickup clears. The
 * carrier's on-time rate is the seller's own figure (Douyin's export has no delivery time to measure it).
 */
export const demoSettings: Settings = {
  ...defaultSettings,
  scorecard: 'douyin-2026-07',
  timezone: 'Asia/Shanghai',
  promise: { type: '48h' },
  stages: {
    ...defaultSettings.stages,
    pickPack: { ordersPerPackerHour: 25, shifts: [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 4 }] },
    ship: { pickups: [{ time: '14:00', maxParcels: 500 }] },
    delivery: { ...defaultSettings.stages.delivery, onTimeRate: 0.97 },
  },
};

/** How long before the demo starts tonight's stream went live: its next drop comes a minute into the demo. */
export const LIVE_STARTED_AGO_MS = 74 * MINUTE;

/** A past stream: its room, when it started, and its orders (ms after the start). */
export type PastStream = { room: string; startAt: number; orders: SimOrder[] };

/** Three past streams [assumed], each at 20:00 local some days ago, smaller than tonight's. */
const PAST = [
  { daysAgo: 11, minutes: 50, seed: 101, dropOrders: [50, 90] as const },
  { daysAgo: 7, minutes: 55, seed: 202, dropOrders: [60, 100] as const },
  { daysAgo: 3, minutes: 60, seed: 303, dropOrders: [70, 120] as const },
];

export function pastStreams(now: number, zone = demoSettings.timezone): PastStream[] {
  return PAST.map((p, i) => {
    const day = localParts(zone, now - p.daysAgo * DAY);
    const startAt = epochFromLocal(zone, day.year, day.month, day.day, 20 * 60);
    const plan = { ...LIVE_PLAN, seed: p.seed, durationMs: p.minutes * MINUTE, dropOrders: p.dropOrders };
    return { room: `73012345${String(p.daysAgo).padStart(2, '0')}${i}`, startAt, orders: simulateOrders(plan).orders };
  });
}
