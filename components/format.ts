import type { StatusLevel } from '../core/status';

/** Display helpers shared by every face; colour is always paired with one of these words. */
const counts = new Intl.NumberFormat('en-US');
export const formatCount = (n: number): string => counts.format(n);

export const STATUS_WORD: Record<StatusLevel, string> = {
  green: 'On track',
  amber: 'Backlog building',
  red: 'Orders at risk',
};

/** Time of day in the warehouse's zone ("17:00"), or "Thu 17:00" when it is not today there. */
export function formatWhen(at: number | null, now: number, timeZone: string): string {
  if (at === null) return '—';
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'numeric' });
  return day.format(at) === day.format(now) ? time : `${day.formatToParts(at)[0].value} ${time}`;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export const STAGE_LABEL = {
  receipt: 'Order receipt',
  pickPack: 'Pick & pack',
  shipTransport: 'Ship & transport',
  delivery: 'Order delivery',
} as const;

export const STAGES = (Object.keys(STAGE_LABEL) as (keyof typeof STAGE_LABEL)[]).map((key) => ({
  key,
  label: STAGE_LABEL[key],
}));
