import { seeded } from '../lib/random';
import { DAY, epochFromLocal, offsetFn } from '../lib/time';
import type { RecordedOrders } from '../records/orders';
import { type Settings, settingsSchema } from '../settings/settings';
import { demand } from './synthetic-demand';
import { runWarehouse, type WarehouseTruth } from './synthetic-warehouse';

export { shopExportCsv } from './synthetic-csv';

/**
 * A synthetic TikTok Shop US shop for the backtest (issue #13): the settings as the seller typed them, and
 * a real warehouse that differs from them — packers 0.6–1.4 × as fast, 0–15 % of pickups missed, pickup
 * limits 0.7–1.2 × the typed ones, another transit time — simulated order by order over ~45 days of
 * ordinary demand and 6–10 livestreams. Seeded: a seed gives the same shop every time. The capacity is
 * drawn against the streams' size so that some shops fall days behind after a stream and others never do.
 */
export type SyntheticShop = {
  name: string;
  settings: Settings;
  truth: WarehouseTruth;
  orders: RecordedOrders;
  /** The carrier of each order (aligned with `orders`). */
  carriers: string[];
  /** The livestreams as they were scheduled (the export does not carry them: past-streams.ts finds them). */
  streams: { start: number; end: number }[];
  /** Every scheduled pickup: its instant, its true limit and the parcels it took (0 when it did not come). */
  pickups: { at: number; limit: number; taken: number }[];
};

export type SyntheticOptions = {
  /** Days of history; 45 by default. */
  days?: number;
  /** Overrides of the drawn truth (a test's warehouse that is exactly as typed). */
  truth?: Partial<WarehouseTruth>;
};

const TIME_ZONE = 'America/Los_Angeles';
/** Local midnight of the first day: Tuesday 1 September 2026 (no DST change in the 45 days after). */
const FIRST_DAY = { year: 2026, month: 9, day: 1 };

export function syntheticShop(seed: number, opts: SyntheticOptions = {}): SyntheticShop {
  const rnd = seeded(seed);
  const between = (a: number, b: number) => a + (b - a) * rnd();
  const packers = 2 + Math.floor(rnd() * 5);
  const speed = Math.round(between(15, 40));
  const shifts = [{ days: 'Mon-Fri', start: '08:00', end: '16:00', packers }];
  if (rnd() < 0.5) shifts.push({ days: 'Sat', start: '09:00', end: '13:00', packers: Math.max(1, packers >> 1) });
  const dailyCapacity = packers * speed * 8;
  const pickups =
    rnd() < 0.3
      ? [{ time: '14:00', maxParcels: Math.round(dailyCapacity * between(1, 1.5)), days: 'Mon-Sat' }]
      : ['10:30', '15:30'].map((time) => ({
          time,
          maxParcels: Math.round(dailyCapacity * between(0.5, 0.8)),
          days: 'Mon-Sat',
        }));
  const meanTransitHours = Math.round(between(48, 96));
  const settings = settingsSchema.parse({
    scorecard: 'tiktok-us-2026',
    timezone: TIME_ZONE,
    // TikTok US: dispatched within 2 business days (domain §3); some sellers promise 3.
    promise: { type: 'business-days', days: rnd() < 0.3 ? 3 : 2, cutoff: '23:59' },
    stages: {
      receipt: { mode: 'auto' },
      pickPack: { ordersPerPackerHour: speed, shifts },
      ship: { pickups },
      delivery: { onTimeRate: 0.93, meanTransitHours },
    },
  });
  const truth: WarehouseTruth = {
    packFactor: between(0.6, 1.4),
    pickupMissRate: between(0, 0.15),
    maxParcelsFactor: between(0.7, 1.2),
    transitHours: meanTransitHours * between(0.7, 1.3),
    cancelRate: between(0.01, 0.06),
    ...opts.truth,
  };
  const days = opts.days ?? 45;
  const start = epochFromLocal(TIME_ZONE, FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day, 0);
  const end = start + days * DAY;
  const zone = offsetFn(TIME_ZONE, start - DAY, end + DAY);
  // Ordinary days fill a tenth to 30 % of the typed capacity; a stream brings 0.3–2 typed days of work.
  const buyers = demand(rnd, {
    start,
    days,
    zone,
    perDay: dailyCapacity * between(0.1, 0.3),
    perStream: dailyCapacity * between(0.3, 2),
    streams: 6 + Math.floor(rnd() * 5),
  });
  const run = runWarehouse(rnd, buyers.paidAt, settings, truth, { start, end, zone });
  const carriers = Array.from(buyers.paidAt, () => (rnd() < 0.85 ? 'USPS' : 'UPS'));
  return {
    name: `synthetic shop ${seed}`,
    settings,
    truth,
    orders: run.orders,
    carriers,
    streams: buyers.streams.map(({ start: s, end: e }) => ({ start: s, end: e })),
    pickups: run.pickups,
  };
}
