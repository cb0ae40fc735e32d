import { epochFromLocal, formatClock, localParts } from '../lib/time';

/**
 * A planned drop's time as the seller types it: a wall-clock "HH:MM" in the settings' zone. The instant
 * meant is the one nearest the stream's moment (yesterday's, today's or tomorrow's), so "00:10" typed
 * at 23:50 is twenty minutes ahead, not a day back.
 */
export function dropAt(minuteOfDay: number, timeZone: string, near: number): number {
  const p = localParts(timeZone, near);
  const times = [p.day - 1, p.day, p.day + 1].map((day) => epochFromLocal(timeZone, p.year, p.month, day, minuteOfDay));
  return times.reduce((best, t) => (Math.abs(t - near) < Math.abs(best - near) ? t : best));
}

/** The drop's wall-clock time in the zone ("20:40"). */
export const dropClock = (at: number, timeZone: string): string => formatClock(localParts(timeZone, at).minuteOfDay);
