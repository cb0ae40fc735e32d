import { describe, expect, it } from 'vitest';
import { isFor, parseMessage, parseReply } from '../../../../core/contract';
import { fail } from '../../../../core/lib/result';
import { defaultSettings } from '../../../../core/settings/settings';
import { parseSettings } from '../../../../core/settings/settings-file';
import { sh, snap } from '../../helpers';

const reading = snap(4, sh('2026-11-25', '20:00'), 1234);
const snapshotsMessage = (payload: unknown) => ({ to: 'background', type: 'snapshots', payload });

/** The error message of a failed parse, or a marker that makes the assertion fail if it parsed. */
const errorOf = (r: { ok: true } | { ok: false; error: { code: string; message: string } }) =>
  r.ok ? 'parsed' : `${r.error.code}: ${r.error.message}`;

describe('parseMessage', () => {
  it('accepts a valid snapshots message', () => {
    const r = parseMessage('background', snapshotsMessage({ snapshots: [reading] }));
    expect(r).toEqual({ ok: true, data: { to: 'background', type: 'snapshots', payload: { snapshots: [reading] } } });
  });

  it('names snapshots[0].seq when it is negative or a string', () => {
    const negative = parseMessage('background', snapshotsMessage({ snapshots: [{ ...reading, seq: -1 }] }));
    expect(errorOf(negative)).toMatch(/^invalid-message: snapshots\.payload: .*→ at snapshots\[0\]\.seq/s);
    const text = parseMessage('background', snapshotsMessage({ snapshots: [{ ...reading, seq: '4' }] }));
    expect(errorOf(text)).toMatch(/→ at snapshots\[0\]\.seq/);
  });

  it('names the field of a later snapshot in the batch', () => {
    const r = parseMessage('background', snapshotsMessage({ snapshots: [reading, { ...reading, streamId: '' }] }));
    expect(errorOf(r)).toMatch(/→ at snapshots\[1\]\.streamId/);
  });

  it('rejects an empty batch', () => {
    expect(errorOf(parseMessage('background', snapshotsMessage({ snapshots: [] })))).toMatch(/→ at snapshots$/);
  });

  it('rejects an unknown type and lists the known ones', () => {
    expect(errorOf(parseMessage('background', { type: 'snapshotz', payload: {} }))).toMatch(
      /^invalid-message: message\.type: unknown type "snapshotz" for background \(expected one of: snapshots, stream-head, .*list-streams/,
    );
    // An inherited property name is not a message type either.
    expect(errorOf(parseMessage('background', { type: 'toString' }))).toMatch(/unknown type "toString"/);
  });

  it('rejects a message without a type, naming `type`', () => {
    expect(errorOf(parseMessage('background', { payload: {} }))).toMatch(/^invalid-message: message: .*→ at type/s);
  });

  it('rejects an extra key in a payload (strict object)', () => {
    const r = parseMessage('background', { type: 'stream-head', payload: { streamId: 'demo:1', extra: 1 } });
    expect(errorOf(r)).toMatch(/^invalid-message: stream-head\.payload: /);
  });

  // zod/mini has no error locale of its own (core/lib/zod-locale.ts sets English): without it an unrecognised key
  // would be reported as "✖ Invalid input", and the contract promises the error names the wrong field.
  it('names the extra key it rejects', () => {
    const r = parseMessage('background', { type: 'stream-head', payload: { streamId: 'demo:1', extra: 1 } });
    expect(errorOf(r)).toContain('extra');
  });

  it('treats a missing payload as an empty one', () => {
    expect(parseMessage('background', { type: 'list-streams' })).toEqual({
      ok: true,
      data: { to: 'background', type: 'list-streams', payload: {} },
    });
  });
});

describe('isFor', () => {
  it('lets the background answer anything not addressed to the offscreen document or the UI', () => {
    expect(isFor('background', { to: 'background', type: 'snapshots' })).toBe(true);
    expect(isFor('background', { type: 'snapshots' })).toBe(true);
    expect(isFor('background', null)).toBe(true); // so that it replies with an invalid-message error
    expect(isFor('background', { to: 'offscreen' })).toBe(false);
    expect(isFor('background', { to: 'ui' })).toBe(false);
  });

  it('lets the offscreen document and the UI answer only what is addressed to them', () => {
    expect(isFor('offscreen', { to: 'offscreen' })).toBe(true);
    expect(isFor('offscreen', { type: 'estimate' })).toBe(false);
    expect(isFor('ui', { to: 'ui' })).toBe(true);
    expect(isFor('ui', { to: 'background' })).toBe(false);
  });
});

describe('parseReply', () => {
  it('returns the validated data of a good reply', () => {
    expect(parseReply('background', 'snapshots', { ok: true, data: { ackedSeq: 4, stored: 1 } })).toEqual({
      ok: true,
      data: { ackedSeq: 4, stored: 1 },
    });
  });

  it('rejects data of the wrong shape, naming the field', () => {
    const r = parseReply('background', 'snapshots', { ok: true, data: { ackedSeq: 'x', stored: 1 } });
    expect(errorOf(r)).toMatch(/^invalid-reply: snapshots\.reply: .*→ at ackedSeq/s);
  });

  it('rejects something that is not a Result', () => {
    expect(errorOf(parseReply('background', 'stream-head', { lastSeq: 3 }))).toBe(
      'invalid-reply: stream-head: reply is not a Result',
    );
    expect(errorOf(parseReply('background', 'stream-head', null))).toBe(
      'invalid-reply: stream-head: reply is not a Result',
    );
  });

  it('reports no answer at all as unreachable', () => {
    expect(errorOf(parseReply('background', 'list-streams', undefined))).toBe(
      'unreachable: background did not answer "list-streams"',
    );
  });

  it('passes an error Result through unchanged', () => {
    const failure = fail('storage-failed', 'Database has been closed');
    expect(parseReply('background', 'snapshots', failure)).toEqual(failure);
  });
});

describe('parseSettings', () => {
  const { version: _version, ...sample } = defaultSettings; // the sample file: no version

  /** The sample settings with one change, as plain JSON. */
  const sampleWith = (change: (s: typeof sample) => void) => {
    const s = structuredClone(sample);
    change(s);
    return s;
  };

  it('accepts the sample settings and fills in the version', () => {
    expect(parseSettings(sample)).toEqual({ ok: true, settings: defaultSettings });
  });

  it.each([
    [
      'a pickup at "25:00"',
      (s: typeof sample) => (s.stages.ship.pickups[0].time = '25:00'),
      'stages.ship.pickups[0].time',
    ],
    ['an unknown scorecard', (s: typeof sample) => Object.assign(s, { scorecard: 'shopee-2026' }), 'scorecard'],
    ['a bad time zone', (s: typeof sample) => (s.timezone = 'Asia/Atlantis'), 'timezone'],
    [
      'a bad shift days string',
      (s: typeof sample) => (s.stages.pickPack.shifts[0].days = 'Mon-Funday'),
      'stages.pickPack.shifts[0].days',
    ],
  ])('rejects %s, naming the field', (_what, change, path) => {
    const r = parseSettings(sampleWith(change));
    expect(r.ok ? 'parsed' : r.message).toContain(`→ at ${path}`);
  });

  it('explains a bad clock, time zone and days in words', () => {
    const r = parseSettings(
      sampleWith((s) => {
        s.stages.ship.pickups[1].time = '9:00';
        s.timezone = 'Mars/Olympus';
        s.stages.pickPack.shifts[0].days = 'Weekdays';
      }),
    );
    const message = r.ok ? 'parsed' : r.message;
    expect(message).toContain('expected a time as "HH:MM"\n  → at stages.ship.pickups[1].time');
    expect(message).toContain('expected an IANA time zone such as "Asia/Shanghai"\n  → at timezone');
    expect(message).toContain('expected days such as "Mon-Fri" or "Sat,Sun"\n  → at stages.pickPack.shifts[0].days');
  });
});
