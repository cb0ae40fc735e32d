import { describe, expect, it } from 'vitest';
import { dropAt, dropClock } from '../../../../core/faces/drop-time';
import { sh } from '../../helpers';

describe('a planned drop’s time of day', () => {
  it('is the instant nearest the stream’s moment in the settings’ zone', () => {
    const now = sh('2026-12-05', '20:30');
    expect(dropAt(20 * 60 + 40, 'Asia/Shanghai', now)).toBe(sh('2026-12-05', '20:40'));
    expect(dropAt(19 * 60, 'Asia/Shanghai', now)).toBe(sh('2026-12-05', '19:00'));
    // Typed at 23:50, "00:10" is twenty minutes ahead, tomorrow; at 00:05, "23:50" is fifteen minutes back.
    expect(dropAt(10, 'Asia/Shanghai', sh('2026-12-05', '23:50'))).toBe(sh('2026-12-06', '00:10'));
    expect(dropAt(23 * 60 + 50, 'Asia/Shanghai', sh('2026-12-06', '00:05'))).toBe(sh('2026-12-05', '23:50'));
  });

  it('reads the wall clock of the zone, not the machine’s', () => {
    // 20:40 in Shanghai (UTC+8) is 12:40 UTC, 07:40 in New York (UTC−5 in December).
    const at = sh('2026-12-05', '20:40');
    expect(dropClock(at, 'Asia/Shanghai')).toBe('20:40');
    expect(dropClock(at, 'America/New_York')).toBe('07:40');
    expect(dropAt(7 * 60 + 40, 'America/New_York', at)).toBe(at);
  });
});
