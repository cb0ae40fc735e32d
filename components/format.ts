import type { StatusLevel } from '../core/status';

/** Display helpers shared by every face; colour is always paired with one of these words. */
const counts = new Intl.NumberFormat('en-US');
export const formatCount = (n: number): string => counts.format(n);

export const STATUS_WORD: Record<StatusLevel, string> = {
  green: 'On track',
  amber: 'Backlog building',
  red: 'Orders at risk',
};

/** Local time of day ("17:00"), or "Mon 17:00" when it is not today. */
export function formatWhen(at: number | null, now: number): string {
  if (at === null) return '—';
  const d = new Date(at);
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === new Date(now).toDateString()
    ? time
    : `${d.toLocaleDateString('en-GB', { weekday: 'short' })} ${time}`;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export const STAGES = [
  { key: 'receipt', label: 'Order receipt' },
  { key: 'pickPack', label: 'Pick & pack' },
  { key: 'shipTransport', label: 'Ship & transport' },
  { key: 'delivery', label: 'Order delivery' },
] as const;
