import { cardFor } from '../scorecards';
import { businessDayTest, calendars } from '../scorecards/calendars';
import type { Scorecard } from '../scorecards/schema';
import { type Settings, sellerCalendar } from '../settings/settings';

/** Whether a local date is a business day (`weekday` 0 = Monday … 6 = Sunday). */
export type BusinessDayTest = (year: number, month: number, day: number, weekday: number) => boolean;

/**
 * The clock the platform's deadlines run on: its zone and its business days. A card with a rule clock
 * (TikTok Shop US: Pacific time, federal holidays) sets the same deadlines for a New York and a Los
 * Angeles warehouse; a card without one runs on the shop's zone, weekends off. Shifts and pickups keep
 * the warehouse's own zone (settings.timezone).
 */
export type RuleClock = { timeZone: string; isBusinessDay: BusinessDayTest };

export const weekdaysOnly: BusinessDayTest = (_y, _m, _d, weekday) => weekday < 5;

/**
 * `extraOff`: the days the platform announced as no business day (settings.calendar.platformExtensions),
 * local dates on the rule clock; deadlines move past them as past a public holiday.
 */
export function ruleClockOfCard(card: Scorecard, shopZone: string, extraOff: readonly string[] = []): RuleClock {
  const rule = card.ruleClock;
  const calendar = rule?.calendar ? calendars[rule.calendar] : null;
  const isBusinessDay = calendar || extraOff.length > 0 ? businessDayTest(calendar, extraOff) : weekdaysOnly;
  return { timeZone: rule ? rule.timeZone : shopZone, isBusinessDay };
}

const cache = new WeakMap<Scorecard, Map<string, RuleClock>>();

/** The rule clock of the settings' scorecard, built once per card, shop zone and list of extension days. */
export function ruleClockFor(settings: Settings): RuleClock {
  const card = cardFor(settings);
  const extensions = sellerCalendar(settings).platformExtensions;
  const key = `${settings.timezone} ${extensions.join(',')}`;
  const byKey = cache.get(card) ?? new Map<string, RuleClock>();
  cache.set(card, byKey);
  const clock = byKey.get(key) ?? ruleClockOfCard(card, settings.timezone, extensions);
  byKey.set(key, clock);
  return clock;
}
