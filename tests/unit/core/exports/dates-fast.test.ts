import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timestampReader } from '../../../../core/exports/dates';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('timestamps read by character code', () => {
  it('read every instant exactly as the general parser does', () => {
    // "DD/MM/YYYY HH:MM:SS" and "YYYY-MM-DD HH:MM:SS" take the fast path; "YYYY-MM-DDTHH:MM:SS" (a T, not a
    // space) takes the regular expressions: all three must name the same instant.
    const dmy = timestampReader('America/Los_Angeles', 'DMY');
    const mdy = timestampReader('America/Los_Angeles', 'MDY');
    fc.assert(
      fc.property(
        fc.record({
          y: fc.integer({ min: 2020, max: 2030 }),
          mo: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 1, max: 28 }),
          h: fc.integer({ min: 0, max: 23 }),
          mi: fc.integer({ min: 0, max: 59 }),
          s: fc.integer({ min: 0, max: 59 }),
        }),
        ({ y, mo, d, h, mi, s }) => {
          const time = `${pad(h)}:${pad(mi)}:${pad(s)}`;
          const general = dmy(`${y}-${pad(mo)}-${pad(d)}T${time}`);
          expect(dmy(`${pad(d)}/${pad(mo)}/${y} ${time}`)).toBe(general);
          expect(mdy(`${pad(mo)}/${pad(d)}/${y} ${time}`)).toBe(general);
          expect(dmy(`${y}-${pad(mo)}-${pad(d)} ${time}`)).toBe(general);
        },
      ),
    );
  });

  it('still refuses what is not a time, and impossible dates', () => {
    const r = timestampReader('Asia/Shanghai', 'DMY');
    expect(r('31/02/2026 10:00:00')).toBeNull(); // no 31 February
    expect(r('12/13/2026 10:00:00')).toBeNull(); // month 13
    expect(r('12/11/2026 24:00:00')).toBeNull(); // hour 24
    expect(r('1a/11/2026 10:00:00')).toBeNull();
  });
});
