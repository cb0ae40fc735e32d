import * as z from 'zod/mini';
import '../lib/zod-locale';
import { isTimeZone } from '../lib/time';
import { parseWeekdays } from '../lib/weekdays';
import { scorecardIds } from '../scorecards/ids';
import { captureSettingsSchema, defaultCaptureSettings } from './capture-settings';
import { SETTINGS_BOUNDS } from './settings-bounds';

/**
 * The one settings file: the options page edits it, the CLI reads it, the estimator runs on it.
 * Versioned so that a later shape can migrate an older file instead of rejecting it.
 */
export const SETTINGS_VERSION = 1;

const clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as "HH:MM"'));
// Every figure has a ceiling, each with its reason in settings-bounds.ts.
const upTo = (max: number) => z.number().check(z.positive(), z.lte(max));
const wholeUpTo = (max: number) => z.int().check(z.positive(), z.lte(max));
const B = SETTINGS_BOUNDS;

export const promiseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('same-day'), cutoff: z._default(clock, '16:00') }),
  z.object({ type: z.literal('next-day') }),
  z.object({ type: z.literal('48h') }),
  z.object({ type: z.literal('hours'), hours: upTo(B.promiseHours) }),
  z.object({
    type: z.literal('business-days'),
    days: wholeUpTo(B.promiseDays),
    cutoff: z._default(clock, '23:59'),
  }),
]);

const weekdays = z.string().check(
  z.maxLength(B.weekdaysLength),
  z.refine((s) => parseWeekdays(s) !== null, 'expected days such as "Mon-Fri" or "Sat,Sun"'),
);

export const shiftSchema = z.object({
  days: weekdays,
  start: clock,
  end: clock,
  packers: z.int().check(z.nonnegative(), z.lte(B.packersPerShift)),
});

/** A real calendar date as "YYYY-MM-DD" (2026-02-30 is none). */
export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** The most days each calendar list holds: two years of closures, and a bound on a hand-edited file. */
export const MAX_CALENDAR_DAYS = 200;
const dayList = z._default(
  z
    .array(z.string().check(z.refine(isIsoDay, 'expected dates as "YYYY-MM-DD", such as "2026-11-27"')))
    .check(z.maxLength(MAX_CALENDAR_DAYS, `expected at most ${MAX_CALENDAR_DAYS} dates`)),
  () => [],
);

/**
 * Days the seller adds to the calendars (issue #12 clause 3), as local dates: the platform's announced
 * extensions move deadlines past them like a public holiday (on the rule clock's calendar); on the
 * warehouse's closed days nobody packs, on the carrier's no pickup comes (both in the warehouse's zone).
 */
export const calendarSchema = z.object({
  platformExtensions: dayList,
  warehouseClosed: dayList,
  carrierClosed: dayList,
  /**
   * Force majeure (rule 101706's exclusions): an order whose ship-by or deliver-by date falls on one of
   * these days (the rule clock's date) is not judged late. Optional: older files and hand-built settings.
   */
  forceMajeure: z.optional(dayList),
});
export type SellerCalendar = z.output<typeof calendarSchema>;

export const languages = ['auto', 'en', 'zh_CN'] as const;
export type Language = (typeof languages)[number];

/**
 * The prediction's uncertainty, every figure an assumption [assumed] until calibration
 * (core/model/calibration.ts) fits it from the seller's own history.
 */
export const modelSchema = z.object({
  /** Fit the warehouse's figures from the imported history where it has enough data (off: the settings as typed). */
  calibrate: z._default(z.boolean(), true),
  /** Share of scheduled carrier pickups that never come [assumed 2 % until the history measures it]. */
  pickupMissRate: z._default(z.number().check(z.gte(0), z.lte(0.9)), 0.02),
  /** Spread of that share between Monte Carlo samples (standard deviation). */
  pickupMissRateSpread: z._default(z.number().check(z.gte(0), z.lte(0.5)), 0.02),
  /** Share of orders buyers cancel before the pickup scan. */
  buyerCancelRate: z._default(z.number().check(z.gte(0), z.lte(0.5)), 0.03),
  /** Spread of cancellations between Monte Carlo samples (standard deviation of the rate). */
  buyerCancelRateSpread: z._default(z.number().check(z.gte(0), z.lte(0.2)), 0.01),
  /** Log-spread of the packers' real speed around the set speed: 0.15 ≈ ±15 %. */
  packerSpeedSpread: z._default(z.number().check(z.gte(0), z.lte(1)), 0.15),
  /** Standard deviation of the carrier's on-time rate between samples. */
  onTimeRateSpread: z._default(z.number().check(z.gte(0), z.lte(0.3)), 0.03),
  /** Half-life of the arrival rate after now: a drop's burst fades within the session. */
  forecastHalfLifeMinutes: z._default(z.number().check(z.positive(), z.lte(24 * 60)), 20),
  /** Log-spread of the forecast's level between samples. */
  forecastSpread: z._default(z.number().check(z.gte(0), z.lte(2)), 0.4),
  /** At most 2,000: 5,000 samples on the largest warehouse the bounds allow outrun the estimator's 10 s watchdog. */
  samples: z._default(z.int().check(z.gte(20), z.lte(2000)), 200),
});

/** Opt-in alerts when risk crosses a line (off by default: nothing rings unless the seller asks). */
export const alertsSchema = z.object({
  notify: z._default(z.boolean(), false),
  /** With the system's notification sound (notifications are silent otherwise). */
  sound: z._default(z.boolean(), false),
  /** Also alert when more than this many orders are at risk of late dispatch. */
  atRiskAbove: z._default(z.int().check(z.nonnegative(), z.lte(B.parcels)), 50),
});

export const settingsSchema = z.object({
  version: z._default(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
  scorecard: z.enum(scorecardIds),
  timezone: z
    .string()
    .check(z.maxLength(B.timeZoneLength), z.refine(isTimeZone, 'expected an IANA time zone such as "Asia/Shanghai"')),
  promise: promiseSchema,
  handlingCapacityPerDay: z.optional(wholeUpTo(B.parcels)),
  stages: z.object({
    receipt: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('auto') }),
      z.object({ mode: z.literal('batch'), everyMinutes: wholeUpTo(B.batchEveryMinutes) }),
    ]),
    pickPack: z.object({
      ordersPerPackerHour: upTo(B.ordersPerPackerHour),
      shifts: z.array(shiftSchema).check(z.maxLength(B.shifts)),
    }),
    ship: z.object({
      /** `days` as a shift's ("Mon-Sat": no Sunday collection); absent, the pickup runs every day. */
      pickups: z
        .array(z.object({ time: clock, maxParcels: wholeUpTo(B.parcels), days: z.optional(weekdays) }))
        .check(z.maxLength(B.pickups)),
    }),
    delivery: z.object({
      onTimeRate: z.number().check(z.gte(0), z.lte(1)),
      meanTransitHours: upTo(B.transitHours),
    }),
  }),
  /** A file from before the calendar lists reads as before: every list empty. */
  calendar: z.prefault(calendarSchema, {}),
  model: z.prefault(modelSchema, {}),
  /** Days of order history and streams to keep: the longest scorecard window (90 days) plus a margin. */
  retentionDays: z._default(z.int().check(z.gte(91), z.lte(B.retentionDays)), 120),
  /**
   * The seller's own band thresholds and weights for the chosen scorecard (the platforms show them only
   * in the seller back office); checked against that card.
   */
  scorecardOverride: z.optional(z.unknown()),
  /** Adapters switched off and numbers picked by hand (core/settings/capture-settings.ts). */
  capture: z._default(captureSettingsSchema, defaultCaptureSettings),
  alerts: z.prefault(alertsSchema, {}),
  /** The faces' language: 'auto' follows the browser (the host's overlay always does). */
  language: z._default(z.enum(languages), 'auto'),
});

/**
 * A parsed file always has `calendar` (the schema fills it in); settings built by hand may leave it out,
 * which reads as every list empty (`sellerCalendar`).
 */
export type Settings = Omit<z.output<typeof settingsSchema>, 'calendar'> & { calendar?: SellerCalendar };

const noDays: SellerCalendar = { platformExtensions: [], warehouseClosed: [], carrierClosed: [] };
export const sellerCalendar = (s: Settings): SellerCalendar => s.calendar ?? noDays;
export type ShippingPromise = z.output<typeof promiseSchema>;

/** The documented defaults (../shared/domain/logistics-score.md §4): every figure is an assumption the seller can change. */
export const defaultSettings: Settings = {
  version: SETTINGS_VERSION,
  scorecard: 'douyin-2026-07',
  timezone: 'Asia/Shanghai',
  promise: { type: '48h' },
  // No handlingCapacityPerDay: TikTok's Order Handling Capacity is opt-in (knowledge_id 5941246229022506).
  stages: {
    receipt: { mode: 'auto' },
    pickPack: {
      ordersPerPackerHour: 25,
      shifts: [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 4 }],
    },
    ship: {
      pickups: [
        { time: '11:00', maxParcels: 400 },
        { time: '17:00', maxParcels: 400 },
      ],
    },
    delivery: { onTimeRate: 0.93, meanTransitHours: 52 },
  },
  calendar: calendarSchema.parse({}),
  model: modelSchema.parse({}),
  retentionDays: 120,
  capture: defaultCaptureSettings,
  alerts: alertsSchema.parse({}),
  language: 'auto',
};
