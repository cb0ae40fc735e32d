import { describe, expect, it } from 'vitest';
import { judgedPickups, missedPickups, pickupAlertsDue } from '../../../../core/model/pickup-watch';
import type { StageReading } from '../../../../core/records/stage-reading';
import { settingsWith, sh } from '../../helpers';

// Pickups at 11:00 and 17:00 every day (Shanghai), as the default settings have them.
const settings = settingsWith((s) => {
  s.stages.ship.pickups = [
    { time: '11:00', maxParcels: 400 },
    { time: '17:00', maxParcels: 400 },
  ];
});
const at = (time: string) => sh('2026-11-25', time);
const reading = (from: string, until: string, shipTransport: number): StageReading => ({
  at: at(from),
  until: at(until),
  origin: 'https://seller-us.tiktok.com',
  source: 'tiktok-orders',
  counts: { pickPack: 100, shipTransport },
});

describe('the pickup-scan watchdog', () => {
  it('finds a pickup after which the parcels waiting for the carrier did not drop', () => {
    // 120 waiting from 10:30 to 10:58; 135 from 11:05 to 11:40 (more packed, none taken): the 11:00 pickup missed.
    const readings = [reading('10:30', '10:58', 120), reading('11:05', '11:40', 135)];
    const missed = missedPickups(readings, settings, at('11:40'));
    expect(missed).toEqual([{ pickupAt: at('11:00'), before: 120, after: 135, waitingSince: at('10:30') }]);
  });

  it('says nothing before the scans had 20 minutes to show, nor when the count dropped', () => {
    const early = [reading('10:30', '10:58', 120), reading('11:05', '11:15', 135)];
    expect(judgedPickups(early, settings, at('11:15'))).toEqual([]); // 11:20 not reached
    const taken = [reading('10:30', '10:58', 120), reading('11:05', '11:40', 15)];
    expect(judgedPickups(taken, settings, at('11:40')).map((p) => p.missed)).toEqual([false]);
    expect(missedPickups(taken, settings, at('11:40'))).toEqual([]);
  });

  it('needs a reading on both sides: a page opened after the pickup cannot tell', () => {
    expect(judgedPickups([reading('11:05', '11:40', 135)], settings, at('11:40'))).toEqual([]);
  });

  it('fires once per missed pickup, not on every poll', () => {
    // The same missed 11:00 pickup, seen by three polls (11:25, 11:30, 11:40), then 17:00 missed too.
    const polls = ['11:25', '11:30', '11:40'].map((until) => [
      reading('10:30', '10:58', 120),
      reading('11:05', until, 135),
    ]);
    let alerted: number[] = [];
    const fired: number[] = [];
    for (const readings of polls) {
      const due = pickupAlertsDue(alerted, missedPickups(readings, settings, readings[1].until));
      alerted = due.alerted;
      fired.push(...due.due.map((m) => m.pickupAt));
    }
    expect(fired).toEqual([at('11:00')]);
    const evening = [reading('10:30', '10:58', 120), reading('11:05', '16:59', 135), reading('17:02', '17:30', 140)];
    const due = pickupAlertsDue(alerted, missedPickups(evening, settings, at('17:30')));
    expect(due.due.map((m) => m.pickupAt)).toEqual([at('17:00')]);
    expect(due.alerted).toEqual([at('11:00'), at('17:00')]);
  });
});

describe('the watchdog does not cry wolf (review of issue #15)', () => {
  it('a carrier that took the parcels before the packers refilled the shelf did not miss', () => {
    // 120 waiting before 11:00; 10 at 11:02 (taken); 130 by 11:20 (packed since).
    const readings = [reading('10:50', '10:59', 120), reading('11:02', '11:10', 10), reading('11:10', '11:40', 130)];
    expect(judgedPickups(readings, settings, at('11:40')).map((p) => p.missed)).toEqual([false]);
  });

  it('a rise of "shipped today" says the carrier came, whatever the shelf shows', () => {
    const withShipped = (from: string, until: string, shipTransport: number, shippedToday: number) => ({
      ...reading(from, until, shipTransport),
      counts: { pickPack: 100, shipTransport, shippedToday },
    });
    // 120 waiting and 120 shipped before 11:00; 125 waiting and 240 shipped after: taken, and refilled.
    const readings = [withShipped('10:50', '10:59', 120, 120), withShipped('11:25', '11:40', 125, 240)];
    expect(judgedPickups(readings, settings, at('11:40')).map((p) => p.missed)).toEqual([false]);
  });

  it('says nothing from a count read long before the pickup, or long after it', () => {
    expect(
      judgedPickups([reading('10:01', '10:01', 20), reading('11:25', '11:40', 300)], settings, at('11:40')),
    ).toEqual([]);
    expect(
      judgedPickups([reading('10:55', '10:59', 20), reading('12:30', '12:40', 300)], settings, at('12:40')),
    ).toEqual([]);
  });

  it('says nothing from a page whose counts never changed after the pickup (a tab frozen since it loaded)', () => {
    expect(judgedPickups([reading('10:30', '11:40', 120)], settings, at('11:40'))).toEqual([]);
  });

  it('judges page by page: a frozen tab cannot call a pickup missed that a live tab saw taken', () => {
    const frozen = { ...reading('10:30', '11:40', 120), page: 'frozen' };
    const liveBefore = { ...reading('10:55', '10:59', 120), page: 'live' };
    const liveAfter = { ...reading('11:03', '11:40', 0), page: 'live' };
    const frozenAfter = { ...reading('11:30', '11:40', 121), page: 'frozen' };
    const judged = judgedPickups([frozen, frozenAfter, liveBefore, liveAfter], settings, at('11:40'));
    expect(judged.map((p) => p.missed)).toEqual([false]);
  });

  it('dates the oldest waiting parcel after the last pickup that took parcels (its scan deadline is ahead)', () => {
    // 09:00 40 waiting, 10:00 5 (a pickup took them), then 60 → 120 before 11:00, 130 after: missed,
    // waiting since 10:00, not 09:00.
    const readings = [
      reading('09:00', '09:30', 40),
      reading('10:00', '10:20', 5),
      reading('10:20', '10:40', 60),
      reading('10:40', '10:59', 120),
      reading('11:05', '11:40', 130),
    ];
    const [p] = missedPickups(readings, settings, at('11:40'));
    expect(p.waitingSince).toBe(at('10:00'));
  });
});
