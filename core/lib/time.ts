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

/** A zone's UTC offset in minutes at an instant. */
export type OffsetFn = ((epochMs: number) => number) & {
  /** Set when the offset is the same over the whole range: the hot loops then need no lookup at all. */
  fixed?: { offsetMs: number; from: number; to: number };
};

/** Local date and time from an offset, by arithmetic alone. */
export function localPartsAt(offset: OffsetFn, epochMs: number): LocalParts {
  const d = new Date(epochMs + offset(epochMs) * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: (d.getUTCDay() + 6) % 7,
    minuteOfDay: d.getUTCHours() * 60 + d.getUTCMinutes(),
  };
}

/** The instant of a local wall-clock time; `day` may overflow (day + 1 is tomorrow). */
export function epochFromLocalAt(offset: OffsetFn, year: number, month: number, day: number, minuteOfDay: number) {
  const asUtc = Date.UTC(year, month - 1, day) + minuteOfDay * MINUTE;
  const guess = asUtc - offset(asUtc) * MINUTE;
  // A second pass settles instants near a daylight-saving change.
  return asUtc - offset(guess) * MINUTE;
}

const QUARTER_HOUR = 15 * MINUTE;

/**
 * A fast offset lookup for [from, to]: zones change offset on quarter hours and at most a few times a
 * year, so bisection finds every change with a few Intl calls instead of one per lookup.
 * Outside the range it asks Intl directly.
 */
export function offsetFn(timeZone: string, from: number, to: number): OffsetFn {
  const intl = (t: number) => offsetMinutes(timeZone, t);
  const a0 = Math.floor(from / QUARTER_HOUR) * QUARTER_HOUR;
  // An open or absurd range gets a year and a bit: beyond it, lookups ask Intl directly.
  const bounded = Number.isFinite(to) ? Math.min(to, from + 400 * DAY) : from + 400 * DAY;
  const end = Math.max(a0, Math.ceil(bounded / QUARTER_HOUR) * QUARTER_HOUR);
  const starts: number[] = [a0];
  const offsets: number[] = [intl(a0)];
  const split = (a: number, b: number, oa: number, ob: number) => {
    if (oa === ob) return;
    if (b - a <= QUARTER_HOUR) {
      starts.push(b);
      offsets.push(ob);
      return;
    }
    const mid = a + Math.floor((b - a) / 2 / QUARTER_HOUR) * QUARTER_HOUR;
    const om = intl(mid);
    split(a, mid, oa, om);
    split(mid, b, om, ob);
  };
  // Steps of a week: no zone changes offset twice within one (Morocco's Ramadan break is a month),
  // so equal ends mean no change between.
  for (let a = a0; a < end; a += 7 * DAY) {
    split(a, Math.min(a + 7 * DAY, end), offsets[offsets.length - 1], intl(Math.min(a + 7 * DAY, end)));
  }
  const fn: OffsetFn = (t) => {
    if (t < a0 || t > end) return intl(t);
    let i = starts.length - 1;
    while (starts[i] > t) i--;
    return offsets[i];
  };
  if (starts.length === 1) fn.fixed = { offsetMs: offsets[0] * MINUTE, from: a0, to: end };
  return fn;
}

// Floor division instead of %, which is a slow fmod on doubles and sits on the scorecards' hottest path.
const mod = (a: number, n: number) => a - Math.floor(a / n) * n;

/** Minute of the local day at `t` (0–1439), by arithmetic. */
export function localMinuteOfDay(zone: OffsetFn, t: number): number {
  const f = zone.fixed;
  const offset = f !== undefined && t >= f.from && t <= f.to ? f.offsetMs : zone(t) * MINUTE;
  return Math.floor(mod(t + offset, DAY) / MINUTE);
}

/**
 * The instant of `minuteOfDay` on the local day of `t` plus `days`, by arithmetic alone: the hot path of
 * the scorecards (a million orders), where even a Date object per order costs too much.
 */
export function localDayAt(zone: OffsetFn, t: number, days: number, minuteOfDay: number): number {
  const f = zone.fixed;
  if (f !== undefined && t >= f.from && t <= f.to) {
    const local = t + f.offsetMs;
    const result = local - mod(local, DAY) + days * DAY + minuteOfDay * MINUTE - f.offsetMs;
    if (result >= f.from && result <= f.to) return result;
  }
  const local = t + zone(t) * MINUTE;
  const target = local - mod(local, DAY) + days * DAY + minuteOfDay * MINUTE; // wall clock, read as UTC
  const guess = target - zone(target) * MINUTE;
  return target - zone(guess) * MINUTE;
}

/** Local date and time in a zone, asking Intl (in loops, use `offsetFn` with `localPartsAt`). */
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

/** The instant of a local wall-clock time, asking Intl; `day` may overflow (day + 1 is tomorrow). */
export const epochFromLocal = (timeZone: string, year: number, month: number, day: number, minuteOfDay: number) =>
  epochFromLocalAt((t) => offsetMinutes(timeZone, t), year, month, day, minuteOfDay);

const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * An ISO time: with an offset ("…+08:00", "…Z") as written; without one, the wall-clock time in
 * `timeZone` (the shop's), not UTC — a stream checked "at 20:00" means 20:00 where the shop is. NaN if unreadable.
 */
export function parseTimeIn(text: string, timeZone: string): number {
  const m = LOCAL_ISO.exec(text.trim());
  if (!m) return Date.parse(text);
  const [, y, mo, d, h, mi, s = '0', ms = '0'] = m;
  const minute = Number(h) * 60 + Number(mi);
  return (
    epochFromLocal(timeZone, Number(y), Number(mo), Number(d), minute) + Number(s) * 1000 + Number(ms.padEnd(3, '0'))
  );
}

const clocks = new Map<string, number>();

/** "HH:MM" → minute of day; the schema has already checked the format. Cached: it sits on hot paths. */
export function parseClock(hhmm: string): number {
  let minute = clocks.get(hhmm);
  if (minute === undefined) {
    minute = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
    clocks.set(hhmm, minute);
  }
  return minute;
}

export function formatClock(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
