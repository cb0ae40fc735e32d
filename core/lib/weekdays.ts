/** Parses shift day specs such as "Mon-Sun", "Mon-Fri", "Sat,Sun" or "Fri-Mon" into a 7-bit mask (bit 0 = Monday). */
const NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function parseWeekdays(spec: string): number | null {
  let mask = 0;
  for (const raw of spec.split(',')) {
    const [from, to, extra] = raw.trim().toLowerCase().split('-');
    if (extra !== undefined) return null;
    const a = NAMES.indexOf(from);
    const b = to === undefined ? a : NAMES.indexOf(to);
    if (a < 0 || b < 0) return null;
    // A range may wrap past Sunday ("Fri-Mon").
    for (let d = a; ; d = (d + 1) % 7) {
      mask |= 1 << d;
      if (d === b) break;
    }
  }
  return mask;
}

export const isWeekdayInMask = (mask: number, weekday: number): boolean => (mask & (1 << weekday)) !== 0;
