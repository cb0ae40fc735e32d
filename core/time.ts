/**
 * Wall-clock arithmetic in a named IANA time zone, using only ECMAScript Intl so the same code runs
 * in Node tests and the worker. Warehouse shifts, carrier pickups and ship-by cut-offs are local times.
 */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type LocalParts = {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
  weekday: number; // 0 = Monday … 6 = Sunday
  minuteOfDay: number; // 0-1439
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the zone name (used by the settings schema). */
export function isTimeZone(name: string): boolean {
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

export function localParts(timeZone: string, epochMs: number): LocalParts {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const weekday = (new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 6) % 7;
  return { year: p.year, month: p.month, day: p.day, weekday, minuteOfDay: p.hour * 60 + p.minute };
}

/** Minutes the zone is ahead of UTC at that instant (Asia/Shanghai: +480). */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  const p = localParts(timeZone, epochMs);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day) + p.minuteOfDay * MINUTE;
  return Math.round((asUtc - Math.floor(epochMs / MINUTE) * MINUTE) / MINUTE);
}

/** The instant of a local wall-clock time; `day` may overflow (day + 1 is tomorrow). */
export function epochFromLocal(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
): number {
  const asUtc = Date.UTC(year, month - 1, day) + minuteOfDay * MINUTE;
  const guess = asUtc - offsetMinutes(timeZone, asUtc) * MINUTE;
  // A second pass settles instants near a daylight-saving change.
  return asUtc - offsetMinutes(timeZone, guess) * MINUTE;
}

/** "HH:MM" → minute of day; the schema has already checked the format. */
export function parseClock(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function formatClock(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
