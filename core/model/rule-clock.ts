import { cardFor } from '../scorecards';
import { businessDayTest, calendars } from '../scorecards/calendars';
import type { Scorecard } from '../scorecards/schema';
import type { Settings } from '../settings/settings';

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

export function ruleClockOfCard(card: Scorecard, shopZone: string): RuleClock {
  const rule = card.ruleClock;
  if (!rule) return { timeZone: shopZone, isBusinessDay: weekdaysOnly };
  const calendar = rule.calendar ? calendars[rule.calendar] : null;
  return { timeZone: rule.timeZone, isBusinessDay: calendar ? businessDayTest(calendar) : weekdaysOnly };
}

const cache = new WeakMap<Scorecard, Map<string, RuleClock>>();

/** The rule clock of the settings' scorecard, built once per card and shop zone. */
export function ruleClockFor(settings: Settings): RuleClock {
  const card = cardFor(settings);
  const byZone = cache.get(card) ?? new Map<string, RuleClock>();
  cache.set(card, byZone);
  const clock = byZone.get(settings.timezone) ?? ruleClockOfCard(card, settings.timezone);
  byZone.set(settings.timezone, clock);
  return clock;
}
