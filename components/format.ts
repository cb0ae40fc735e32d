import type { LatePredicted } from '../core/faces/stream-figures';
import type { StatusLevel } from '../core/model/risk-level';
import { intlLocale, t } from './i18n';

/** Display helpers shared by every face; colour is always paired with one of these words. */
const counts = new Map<string, Intl.NumberFormat>();
export const formatCount = (n: number): string => {
  const locale = intlLocale();
  const f = counts.get(locale) ?? new Intl.NumberFormat(locale);
  counts.set(locale, f);
  return f.format(n);
};

/** Read at render time, so the words follow the language chosen when the page started. */
export const STATUS_WORD: Record<StatusLevel, string> = {
  get green() {
    return t('status_green');
  },
  get amber() {
    return t('status_amber');
  },
  get red() {
    return t('status_red');
  },
};

/** Dates and 24-hour clock times in the words' locale ("17:00" in both; en-GB for English). */
export const timeLocale = () => (intlLocale() === 'en-US' ? 'en-GB' : intlLocale());

/** Time of day in the warehouse's zone ("17:00"), or "Thu 17:00" when it is not today there. */
export function formatWhen(at: number | null, now: number, timeZone: string): string {
  if (at === null) return '—';
  const locale = timeLocale();
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'numeric' });
  const weekday = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short' });
  return day.format(at) === day.format(now) ? time : `${weekday.format(at)} ${time}`;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return t('duration_s', s);
  const m = Math.round(s / 60);
  return m < 60 ? t('duration_min', m) : t('duration_h_min', Math.floor(m / 60), m % 60);
}

export type StageKey = 'receipt' | 'pickPack' | 'shipTransport' | 'delivery';
const STAGE_KEYS: readonly StageKey[] = ['receipt', 'pickPack', 'shipTransport', 'delivery'];

/** Each stage's name in the chosen language (a getter per stage, read at render time). */
export const STAGE_LABEL = Object.defineProperties(
  {},
  Object.fromEntries(STAGE_KEYS.map((k) => [k, { enumerable: true, get: () => t(`stage_${k}`) }])),
) as Record<StageKey, string>;

/** Each stage's name in English whatever the language: CSV headers keep stable columns. */
export const STAGE_CSV: Record<StageKey, string> = {
  receipt: 'Order receipt',
  pickPack: 'Pick & pack',
  shipTransport: 'Ship & transport',
  delivery: 'Order delivery',
};

export const STAGES = STAGE_KEYS.map((key) => ({
  key,
  get label() {
    return t(`stage_${key}`);
  },
}));

/**
 * Late predicted as every page says it (core/faces/stream-figures.ts): "3,258 (P10–P90 2,900–3,600)", or,
 * before the outlook has run, the count with the note that it covers the orders paid so far only.
 */
export function lateText(l: LatePredicted): string {
  const note = l.range
    ? t('fig_late_range', formatCount(l.range.p10), formatCount(l.range.p90))
    : t('fig_late_paid_only');
  return t('fig_with_note', formatCount(l.value), note);
}
