import type { Estimate } from '../outlook/estimate-schema';

/**
 * The pickup-scan watchdog's line, the same on every face (popup, overlay, badge title, notification):
 * how many parcels missed which pickup, the next one, and the deadlines they now risk. Clock times in the
 * warehouse's zone, 24-hour, as the popup's countdowns print them.
 */
export type MissedPickupWords = {
  parcels: number;
  pickup: string;
  /** The next scheduled pickup ("17:00", "Thu 11:00"), or null when none is set. */
  next: string | null;
  /** The earliest ship-by deadline of the orders still open (TikTok's dispatch deadline). */
  deadline: string | null;
  /** The platform's scan timeout for the oldest waiting parcel (Douyin: 24 h after its label). */
  scanDeadline: string | null;
};

export function missedPickupWords(e: Pick<Estimate, 'missedPickup' | 'timeZone' | 'at'>): MissedPickupWords | null {
  const m = e.missedPickup;
  if (!m) return null;
  const when = (t: number | null) => (t === null ? null : clockIn(t, e.at, e.timeZone));
  return {
    parcels: m.parcels,
    pickup: clockIn(m.pickupAt, e.at, e.timeZone),
    next: when(m.nextPickupAt),
    deadline: when(m.dispatchDeadline),
    scanDeadline: when(m.scanDeadline),
  };
}

/** The catalogue's substitutions for `missed_pickup` ($1 parcels, $2 pickup, $3 next, $4 deadlines). */
export function missedPickupSubs(w: MissedPickupWords, words: { none: string; deadline: string; scan: string }) {
  const risks = [w.deadline && `${words.deadline} ${w.deadline}`, w.scanDeadline && `${words.scan} ${w.scanDeadline}`];
  return [w.parcels, w.pickup, w.next ?? words.none, risks.filter(Boolean).join(' · ') || words.none] as const;
}

/** The English sentence: the fallback where the browser's catalogue cannot answer (and the tests' words). */
export function missedPickupSentence(w: MissedPickupWords): string {
  const [parcels, pickup, next, risks] = missedPickupSubs(w, {
    none: '—',
    deadline: 'dispatch deadline',
    scan: 'scan timeout',
  });
  return `Missed pickup: ${parcels} parcels still wait after the ${pickup} pickup. Next pickup ${next}; at risk: ${risks}.`;
}

/** "17:00" the same day in the zone, "Thu 17:00" on another. */
function clockIn(t: number, now: number, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(t);
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  if (day.format(t) === day.format(now)) return time;
  return `${new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(t)} ${time}`;
}
