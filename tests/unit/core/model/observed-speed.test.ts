import { describe, expect, it } from 'vitest';
import { planPipeline } from '../../../../core/model/capacity';
import { observedSpeed, packedSpeed } from '../../../../core/model/observed-speed';
import { arrivals, settingsWith, sh } from '../../helpers';

// 3 packers × 40 orders/h = 2 orders a minute, 09:00–18:00.
const settings = settingsWith((s) => {
  s.stages.pickPack.ordersPerPackerHour = 40;
  s.stages.pickPack.shifts = [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 3 }];
});
const t0 = sh('2026-11-25', '10:00');
const plan = planPipeline(settings, t0, 180);
/** A page read all along: each count still read so until the next one changed it. */
function watched<T extends { minute: number }>(samples: T[]): (T & { watchedUntil: number })[] {
  return samples.map((x, k) => ({ ...x, watchedUntil: samples[k + 1]?.minute ?? x.minute }));
}

describe('observedSpeed: the packers’ real speed from "waiting to be packed" read over a span', () => {
  it('measures 60 % of the settings when 72 left the queue in an hour the settings give 120', () => {
    // Minute 0: 500 waiting; 100 paid in the hour; minute 60: 528 waiting. Packed = 500 + 100 − 528 = 72;
    // the settings' capacity over 60 min = 120; 72 ÷ 120 = 0.6.
    const speed = observedSpeed(
      watched([
        { minute: 0, pickPack: 500 },
        { minute: 30, pickPack: 520 },
        { minute: 60, pickPack: 528 },
      ]),
      arrivals(61, { 10: 60, 40: 40 }),
      plan,
    );
    expect(speed).toEqual({ ratio: 0.6, packed: 72, capacity: 120, fromMinute: 0, toMinute: 60 });
  });

  it('does not count the buyers’ cancellations as packing', () => {
    // As above with 5 % of buyers cancelling: 5 of the 100 paid left the queue unpacked: 67 packed of 120.
    const speed = observedSpeed(
      watched([
        { minute: 0, pickPack: 500 },
        { minute: 60, pickPack: 528 },
      ]),
      arrivals(61, { 10: 60, 40: 40 }),
      plan,
      0.05,
    );
    expect(speed?.packed).toBeCloseTo(67, 9);
    expect(speed?.ratio).toBeCloseTo(67 / 120, 9);
  });

  it('starts the span after the last reading with nothing waiting: a team without work says nothing of its speed', () => {
    // 0 waiting at minute 20, so the span is 30 → 60: capacity 60; packed 50 + 40 − 30 = 60: ratio 1.
    const speed = observedSpeed(
      watched([
        { minute: 0, pickPack: 80 },
        { minute: 20, pickPack: 0 },
        { minute: 30, pickPack: 50 },
        { minute: 60, pickPack: 30 },
      ]),
      arrivals(61, { 45: 40 }),
      plan,
    );
    expect(speed?.fromMinute).toBe(30);
    expect(speed?.ratio).toBe(1);
  });

  it('says nothing from one reading, from a span under 15 orders of capacity, or with nothing waiting now', () => {
    expect(observedSpeed([{ minute: 0, pickPack: 500 }], arrivals(61, {}), plan)).toBeNull();
    // 7 minutes × 2 = 14 < 15.
    expect(
      observedSpeed(
        watched([
          { minute: 0, pickPack: 500 },
          { minute: 7, pickPack: 490 },
        ]),
        arrivals(61, {}),
        plan,
      ),
    ).toBeNull();
    expect(
      observedSpeed(
        watched([
          { minute: 0, pickPack: 500 },
          { minute: 60, pickPack: 0 },
        ]),
        arrivals(61, {}),
        plan,
      ),
    ).toBeNull();
  });

  it('keeps a count that does not move (a stale page) from making the model absurd: 10 % at least', () => {
    // 500 → 500 with 200 paid: the counts say 200 packed... with 400 paid and 900 shown, packed would be 0: floored to 0.1.
    const speed = observedSpeed(
      watched([
        { minute: 0, pickPack: 500 },
        { minute: 60, pickPack: 900 },
      ]),
      arrivals(61, { 5: 400 }),
      plan,
    );
    expect(speed?.packed).toBe(0);
    expect(speed?.ratio).toBe(0.1);
  });
});

describe('packedSpeed: the speed from what the packers turned out (waiting for the carrier + shipped today)', () => {
  it('reads 75 % when 90 parcels were turned out in an hour the settings give 120, a pickup in between', () => {
    // 10:00: 40 waiting for the carrier, 200 shipped today (240); 10:30 the carrier takes 80 (sum unchanged);
    // 11:00: 10 waiting, 320 shipped (330). 330 − 240 = 90 packed of 60 min × 2 = 120: 0.75.
    const speed = packedSpeed(
      watched([
        { minute: 0, pickPack: 300, packedToday: 240 },
        { minute: 30, pickPack: 280, packedToday: 280 },
        { minute: 60, pickPack: 250, packedToday: 330 },
      ]),
      plan,
    );
    expect(speed).toEqual({ ratio: 0.75, packed: 90, capacity: 120, fromMinute: 0, toMinute: 60 });
  });

  it('starts again after today’s count restarts (midnight) or the queue ran dry', () => {
    const speed = packedSpeed(
      watched([
        { minute: 0, pickPack: 300, packedToday: 900 },
        { minute: 20, pickPack: 280, packedToday: 12 }, // a new day's count
        { minute: 80, pickPack: 250, packedToday: 102 },
      ]),
      plan,
    );
    // From minute 20: 90 packed of 60 × 2 = 120.
    expect(speed).toMatchObject({ packed: 90, fromMinute: 20, toMinute: 80 });
    expect(
      packedSpeed(
        watched([
          { minute: 0, pickPack: 300, packedToday: 100 },
          { minute: 60, pickPack: 0, packedToday: 200 },
        ]),
        plan,
      ),
    ).toBeNull();
  });
});

describe('a gap nobody saw breaks the span', () => {
  it('measures nothing across an hour without a reading: the queue may have run dry unseen', () => {
    // 100 waiting at minute 0 and 5 at minute 60, nothing read between (no confirmation): no span.
    const samples = [
      { minute: 0, pickPack: 100 },
      { minute: 60, pickPack: 5 },
    ];
    expect(observedSpeed(samples, arrivals(61, {}), plan)).toBeNull();
    // The same counts with the page read all along: 95 packed of 120, 79 %.
    expect(observedSpeed(watched(samples), arrivals(61, {}), plan)?.packed).toBe(95);
  });
});
