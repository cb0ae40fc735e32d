import { describe, expect, it } from 'vitest';
import { DAY, MINUTE, offsetFn } from '../../../../core/lib/time';
import { ruleClockOfCard } from '../../../../core/model/rule-clock';
import type { Deadlines } from '../../../../core/model/ship-by-table';
import { MinuteFacts } from '../../../../core/outlook/minute-facts';
import { scorecardFor } from '../../../../core/scorecards';
import { sh } from '../../helpers';

const T0 = sh('2026-11-25', '17:00'); // a Wednesday, Shanghai
const card = scorecardFor('douyin-2026-07');
const zone = offsetFn('Asia/Shanghai', T0 - DAY, T0 + 10 * DAY);
const facts = () => new MinuteFacts(card, zone, { zone, clock: ruleClockOfCard(card, 'Asia/Shanghai') });

describe('MinuteFacts: a payment minute’s local facts, worked out once', () => {
  it('gives the pickup clock’s start and the next day’s end, by hand', () => {
    const f = facts();
    f.cover(T0, 120);
    // Minute 0 is 17:00, before the night (18:00–06:00): the clock starts at payment. Minute 90 is 18:30, in the
    // night: the clock starts at 06:00 the next morning. Both: the day after payment ends 26 Nov 24:00.
    f.fill(0);
    f.fill(90);
    expect(f.clockStarts[0]).toBe(T0);
    expect(f.clockStarts[90]).toBe(sh('2026-11-26', '06:00'));
    expect(f.nextDayEnds[90]).toBe(sh('2026-11-27', '00:00') - 1);
    expect(Number.isNaN(f.clockStarts[1])).toBe(true); // not asked for, not worked out
  });

  it('keeps what it worked out as the run grows, and starts afresh for another start', () => {
    const f = facts();
    f.cover(T0, 10);
    f.fill(5);
    const start = f.clockStarts[5];
    f.cover(T0, 500);
    expect(f.clockStarts.length).toBe(501);
    expect(f.clockStarts[5]).toBe(start);
    f.cover(T0 + 60 * MINUTE, 500);
    expect(Number.isNaN(f.clockStarts[5])).toBe(true);
  });

  it('dates each minute’s orders by the local day their deadline falls on', () => {
    const f = facts();
    // A deadline at 23:30 Shanghai on 26 Nov is 15:30 UTC: its local day is 26 Nov, not the UTC day's.
    const deadline = new Float64Array([sh('2026-11-26', '23:30')]);
    // The minute's table needs only its deadlines here.
    const days = f.dueDaysOf({ deadline } as Pick<Deadlines, 'deadline'> as Deadlines, 0);
    expect(f.dueDay(days, deadline[0], 0)).toBe(Date.UTC(2026, 10, 26) / DAY); // 26 Nov as a day number
  });
});
