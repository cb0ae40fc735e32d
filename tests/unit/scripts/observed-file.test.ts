import { describe, expect, it } from 'vitest';
import { readingsFrom } from '../../../scripts/observed-file';
import { sh } from '../helpers';

/** The replay's --observed file (issue #15, item 4), read in the shop's zone (Shanghai here). */
const read = (text: string, notAfter?: number) =>
  readingsFrom(
    'x.json',
    new TextEncoder().encode(text),
    'Asia/Shanghai',
    (message) => {
      throw new Error(message);
    },
    notAfter,
  );

describe('the --observed file', () => {
  it('reads one reading or an array, a time without an offset as the shop’s local time', () => {
    const one = read('{ "at": "2026-11-26T20:00", "pickPack": 1116, "shipTransport": 240 }');
    expect(one).toEqual([{ at: sh('2026-11-26', '20:00'), pickPack: 1116, shipTransport: 240 }]);
    const two = read(
      '[{ "at": "2026-11-26T19:45", "pickPack": 1000, "shipTransport": 0 }, { "at": "2026-11-26T12:00:00Z", "pickPack": 0, "shipTransport": 5 }]',
    );
    // 12:00 UTC is 20:00 in Shanghai.
    expect(two.map((r) => r.at)).toEqual([sh('2026-11-26', '19:45'), sh('2026-11-26', '20:00')]);
  });

  it('names the file and the field of a bad reading', () => {
    expect(() => read('[{ "at": "2026-11-26T20:00", "pickPack": -1, "shipTransport": 0 }]')).toThrow(
      '--observed x.json: [0].pickPack: expected a whole number ≥ 0',
    );
    expect(() => read('{ "at": "2026-11-26T20:00", "pickPack": 3, "shipTransport": 2.5 }')).toThrow(
      '--observed x.json: shipTransport: expected a whole number ≥ 0',
    );
    expect(() => read('[{ "at": "2026-11-26T20:00", "pickPack": 1, "shipTransport": 0 }, { "at": "soon" }]')).toThrow(
      '--observed x.json: [1].at: expected a time such as 2026-11-25T20:00',
    );
    expect(() => read('[]')).toThrow('--observed x.json: no reading');
    expect(() => read('[3]')).toThrow('--observed x.json: [0]: expected { "at", "pickPack", "shipTransport" }');
    expect(() => read('{ "at": ')).toThrow('--observed x.json: not JSON');
  });

  it('refuses a reading after --at', () => {
    const reading = '[{ "at": "2026-11-26T20:05", "pickPack": 1, "shipTransport": 0 }]';
    expect(() => read(reading, sh('2026-11-26', '20:00'))).toThrow(
      '--observed x.json: [0].at: after --at (every reading is at or before the replay’s moment)',
    );
    expect(read(reading, sh('2026-11-26', '20:05'))).toHaveLength(1);
  });
});
