import { describe, expect, it } from 'vitest';
import {
  expiredImports,
  expiredSettingsVersions,
  expiredStreams,
  newestEvent,
  retentionCutoff,
} from '../../../../core/records/retention';

const at = (iso: string) => Date.parse(iso);

describe('the retention cut-off', () => {
  it('counts the window back from now when the newest event is recent', () => {
    // Newest event 2026-12-01, now 2026-12-05: min(now, 12-01 + 7 days = 12-08) is now;
    // Dec 5 back to Aug 5 is 30 + 31 + 30 + 31 = 122 days, so 120 days back is Aug 7.
    expect(retentionCutoff(at('2026-12-05T00:00:00Z'), at('2026-12-01T00:00:00Z'), 120)).toBe(
      at('2026-08-07T00:00:00Z'),
    );
  });

  it('does not move with a clock set months ahead: the newest event plus a week bounds it', () => {
    const newest = at('2026-12-01T00:00:00Z');
    // The clock says 2027-06-01; min(2027-06-01, 2026-12-08) = 2026-12-08; − 120 days = 2026-08-10.
    const ahead = retentionCutoff(at('2027-06-01T00:00:00Z'), newest, 120);
    expect(ahead).toBe(at('2026-08-10T00:00:00Z'));
    // The same run at the newest event's own time cuts at 2026-12-01 − 120 d = 2026-08-03:
    // a clock six months ahead deletes at most the 7 days between 08-03 and 08-10 more.
    const atNewest = retentionCutoff(newest, newest, 120) as number;
    expect(atNewest).toBe(at('2026-08-03T00:00:00Z'));
    expect(((ahead as number) - atNewest) / 86_400_000).toBe(7);
  });

  it('follows a clock set back (deletes less), and deletes nothing when nothing is stored', () => {
    // Newest event 2026-12-01 but the clock says 2026-10-01: the cut-off is 2026-10-01 − 91 d = 2026-07-02.
    expect(retentionCutoff(at('2026-10-01T00:00:00Z'), at('2026-12-01T00:00:00Z'), 91)).toBe(
      at('2026-07-02T00:00:00Z'),
    );
    expect(retentionCutoff(at('2026-12-05T00:00:00Z'), null, 120)).toBeNull();
    expect(retentionCutoff(Number.NaN, at('2026-12-01T00:00:00Z'), 120)).toBeNull();
    expect(retentionCutoff(at('2026-12-05T00:00:00Z'), at('2026-12-01T00:00:00Z'), 0)).toBeNull();
  });

  it('takes the newest reading or paid time; LES Radar’s own stamps only when neither is stored', () => {
    const happened = [at('2026-11-01T00:00:00Z'), null, undefined, Number.NaN, at('2026-11-03T00:00:00Z')];
    // An import stamped by a clock months ahead does not move the newest event.
    expect(newestEvent(happened, [at('2027-06-01T00:00:00Z')])).toBe(at('2026-11-03T00:00:00Z'));
    // Only settings saved, nothing recorded: the newest save.
    expect(newestEvent([null], [at('2026-10-01T00:00:00Z'), at('2026-10-02T00:00:00Z')])).toBe(
      at('2026-10-02T00:00:00Z'),
    );
    expect(newestEvent([null, undefined])).toBeNull();
  });
});

describe('what goes at a cut-off', () => {
  const cutoff = at('2026-08-07T00:00:00Z');

  it('streams whose last reading is before it; one ending exactly at it stays', () => {
    const streams = [
      { streamId: 'old', lastAt: at('2026-08-06T23:59:59Z') },
      { streamId: 'edge', lastAt: cutoff },
      { streamId: 'new', lastAt: at('2026-11-01T00:00:00Z') },
    ];
    expect(expiredStreams(streams, cutoff)).toEqual(['old']);
  });

  it('import records made before it', () => {
    const imports = [
      { id: 1, at: at('2026-05-01T00:00:00Z') },
      { id: 2, at: at('2026-09-01T00:00:00Z') },
    ];
    expect(expiredImports(imports, cutoff)).toEqual([1]);
  });

  it('settings versions saved before it, except the one still in force at it', () => {
    const versions = [
      { id: 1, savedAt: at('2026-03-01T00:00:00Z') },
      { id: 2, savedAt: at('2026-06-01T00:00:00Z') }, // in force from June until 3 → kept
      { id: 3, savedAt: at('2026-10-01T00:00:00Z') },
    ];
    expect(expiredSettingsVersions(versions, cutoff)).toEqual([1]);
    // Only versions after the cut-off: none goes.
    expect(expiredSettingsVersions(versions.slice(2), cutoff)).toEqual([]);
  });
});
