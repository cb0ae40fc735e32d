import { DAY, MINUTE, type OffsetFn } from '../lib/time';
import type { RuleClock } from '../model/rule-clock';
import { deliverByDeadline } from '../model/ship-by';
import type { Deadlines } from '../model/ship-by-table';
import { pickupClockStart } from '../scorecards/pickup';
import type { Scorecard } from '../scorecards/schema';
import { endOfNextLocalDay } from '../scorecards/window';

/**
 * What the scorer needs of a payment minute that no sample changes — when its pickup clock starts, the end
 * of the next local day, the card's deliver-by date — and of a deadline table, the local day each minute's
 * orders fall due: worked out at first use (NaN until then) and kept across the samples and scenarios of an
 * outlook, so 3,000 samples compute them once per minute instead of once per group.
 */
export class MinuteFacts {
  t0 = Number.NaN;
  clockStarts = new Float64Array(0);
  nextDayEnds = new Float64Array(0);
  deliverBys = new Float64Array(0);
  private readonly dueDays = new WeakMap<Deadlines, Float64Array>();

  constructor(
    private readonly card: Scorecard,
    /** The shop's offset, and the platform clock's (its zone and business days). */
    private readonly zone: OffsetFn,
    private readonly rule: { zone: OffsetFn; clock: RuleClock },
  ) {}

  /** Room for minutes 0…last of a run from t0 (a new t0 starts afresh). */
  cover(t0: number, last: number): void {
    if (t0 === this.t0 && this.clockStarts.length > last) return;
    const grown = (a: Float64Array) => {
      const out = new Float64Array(last + 1).fill(Number.NaN);
      if (t0 === this.t0) out.set(a);
      return out;
    };
    this.clockStarts = grown(this.clockStarts);
    this.nextDayEnds = grown(this.nextDayEnds);
    this.deliverBys = grown(this.deliverBys);
    this.t0 = t0;
  }

  /** Minute m's facts into the arrays, if not there yet (call `cover` first). */
  fill(m: number): void {
    if (!Number.isNaN(this.clockStarts[m])) return;
    const paidAt = this.t0 + m * MINUTE;
    const deliverBy = this.card.deliverBy;
    this.deliverBys[m] = deliverBy
      ? deliverByDeadline(paidAt, deliverBy.businessDays, this.rule.zone, this.rule.clock.isBusinessDay)
      : Number.POSITIVE_INFINITY;
    this.clockStarts[m] = pickupClockStart(paidAt, this.card.pickupClock, this.zone);
    this.nextDayEnds[m] = endOfNextLocalDay(paidAt, this.zone);
  }

  /** The local day each minute's orders fall due under `deadlines`, NaN until `dueDay` fills it. */
  dueDaysOf(deadlines: Deadlines, last: number): Float64Array {
    let days = this.dueDays.get(deadlines);
    if (!days || days.length <= last) {
      days = new Float64Array(deadlines.deadline.length).fill(Number.NaN);
      this.dueDays.set(deadlines, days);
    }
    return days;
  }

  dueDay(days: Float64Array, shipBy: number, m: number): number {
    if (Number.isNaN(days[m])) days[m] = Math.floor((shipBy + this.zone(shipBy) * MINUTE) / DAY);
    return days[m];
  }
}
