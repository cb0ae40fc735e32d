import { calendars } from '../../core/scorecards/calendars';
import type { Scorecard } from '../../core/scorecards/schema';
import { t } from '../i18n';

/**
 * The scorecard's rule clock in words, for the settings page: the zone the platform's deadlines run on
 * and the holidays in force (the years the calendar covers and the next days off), so the seller can see
 * why a deadline falls where it does.
 */
export function ruleClockWords(card: Scorecard, shopZone: string, now: number): string {
  const rule = card.ruleClock;
  if (!rule) return t('options_rule_clock_shop', shopZone);
  const calendar = rule.calendar ? calendars[rule.calendar] : null;
  if (!calendar) return t('options_rule_clock_weekends', rule.timeZone);
  const today = new Date(now).toISOString().slice(0, 10);
  const next = calendar.off.filter((d) => d >= today).slice(0, 3);
  const [first, last] = [calendar.years[0], calendar.years[calendar.years.length - 1]];
  const years = first === last ? String(first) : `${first}–${last}`;
  return t('options_rule_clock', rule.timeZone, calendar.label, years, next.join(', ') || '—');
}
