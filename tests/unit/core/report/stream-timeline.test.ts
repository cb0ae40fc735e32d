import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../../../core/lib/time';
import { streamTimeline } from '../../../../core/report/stream-timeline';
import { settingsWith, snap } from '../../helpers';

const at = (time: string) => Date.parse(`2026-11-25T${time}Z`);

/**
 * A hand-made stream in UTC: one packer at 60 orders an hour (one a minute) from 10:00, pickups at 11:00
 * (25 parcels) and 12:00 (100), ship-by 90 minutes after payment. The page counted 500 before we saw it.
 */
const settings = settingsWith((s) => {
  s.timezone = 'UTC';
  s.promise = { type: 'hours', hours: 1.5 };
  s.stages.pickPack = {
    ordersPerPackerHour: 60,
    shifts: [{ days: 'Mon-Sun', start: '10:00', end: '18:00', packers: 1 }],
  };
  s.stages.ship.pickups = [
    { time: '11:00', maxParcels: 25 },
    { time: '12:00', maxParcels: 100 },
  ];
});
// 10 orders in the minute from 10:00, 20 in the minute from 10:01, then nothing: 30 stream orders.
const snapshots = [
  snap(0, at('10:00:00'), 500),
  snap(1, at('10:00:30'), 510),
  snap(2, at('10:01:30'), 530),
  snap(3, at('10:02:10'), 530),
];

describe('streamTimeline', () => {
  const t = streamTimeline(snapshots, settings);

  it('gives the arrival curve per whole minute, without the orders counted before the stream', () => {
    expect(t.arrivals.at).toEqual([at('10:00:00'), at('10:01:00'), at('10:02:00')]);
    expect(t.arrivals.perMinute).toEqual([10, 20, 0]);
    // 10, 10 + 20 = 30, 30 + 0 = 30.
    expect(t.arrivals.cumulative).toEqual([10, 30, 30]);
    expect(t.orders).toBe(30);
    expect(t.peakPerMinute).toBe(20);
  });

  it('follows each stage minute by minute until the last order is picked up', () => {
    const { backlog } = t;
    // Cleared by the 12:00 pickup, 120 minutes after 10:00: 121 points a minute apart (120 / 480 → step 1).
    expect(backlog.stepMinutes).toBe(1);
    expect(backlog.at).toHaveLength(121);
    expect(t.clearAt).toBe(at('12:00:00'));
    const point = (time: string) => {
      const i = backlog.at.indexOf(at(time));
      return [backlog.receipt[i], backlog.pickPack[i], backlog.shipTransport[i], backlog.delivery[i]];
    };
    // 10:01: 30 arrived, receipt is automatic, one packed a minute (2 by then): 28 to pack, 2 to pick up.
    expect(point('10:01:00')).toEqual([0, 28, 2, 0]);
    // 11:00: all 30 packed by 10:29; the pickup took 25, so 5 wait for the carrier and 25 are in transit.
    expect(point('11:00:00')).toEqual([0, 0, 5, 25]);
    // 12:00: the last 5 picked up; all 30 in transit (52 h mean transit, nothing delivered yet).
    expect(point('12:00:00')).toEqual([0, 0, 0, 30]);
    // The most waiting for the pickup scan: all 30, first at 10:01.
    expect(t.peakUnshipped).toBe(30);
    expect(t.peakUnshippedAt).toBe(at('10:01:00'));
  });

  it('counts the orders picked up after their ship-by deadline', () => {
    // FIFO: the 11:00 pickup takes minute 0's 10 and 15 of minute 1's 20, all before their deadlines
    // (11:30 and 11:31); the other 5 (due 11:31) leave at 12:00: 5 late.
    expect(t.late).toBe(5);
  });

  it('stops 48 hours after the stream when the backlog never clears', () => {
    const idle = streamTimeline(
      snapshots,
      settingsWith((s) => {
        s.timezone = 'UTC';
        s.stages.ship.pickups = [];
      }),
    );
    expect(idle.clearAt).toBeNull();
    // Last arrival minute 2, plus 2,880 minutes: 2,882; step ⌈2,882 / 480⌉ = 7; points 0, 7, … 2,877 (412) and 2,882.
    expect(idle.backlog.stepMinutes).toBe(7);
    expect(idle.backlog.at).toHaveLength(413);
    expect(idle.backlog.at.at(-1)).toBe(at('10:00:00') + 2882 * MINUTE);
    // Nothing is ever picked up: all 30 late, all 30 still waiting at the end (packed by then: ship & transport).
    expect(idle.late).toBe(30);
    expect(idle.backlog.shipTransport.at(-1)).toBe(30);
  });
});
