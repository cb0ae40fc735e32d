import { describe, expect, it } from 'vitest';
import { storedDraft } from '../../../../components/options/stored-draft';
import { defaultSettings } from '../../../../core/settings/settings';

describe('the draft of a saved file that fails its check', () => {
  it('keeps every saved value, right or wrong, for the form to mark', () => {
    const d = storedDraft({ ...defaultSettings, retentionDays: 'forever', promise: { type: 'hours', hours: 1e9 } });
    expect(d.retentionDays).toBe('forever');
    expect(d.promise).toEqual({ type: 'hours', hours: 1e9 });
  });

  it('gives the form its sections and lists where the file has none, inventing no figure', () => {
    // An unversioned file without a delivery section, and shifts that are no list.
    const d = storedDraft({
      scorecard: 'douyin-2026-07',
      stages: { receipt: { mode: 'auto' }, pickPack: { ordersPerPackerHour: 30, shifts: 'Mon-Fri' }, ship: {} },
    });
    expect(d.version).toBe(1);
    expect(d.stages.pickPack).toEqual({ ordersPerPackerHour: 30, shifts: [] });
    expect(d.stages.ship.pickups).toEqual([]);
    // An empty section: its fields are empty boxes the form marks, not the defaults' 93 % and 52 h.
    expect(d.stages.delivery).toEqual({});
    expect(d.promise).toEqual({});
  });

  it('frames each item of a list of objects, keeping its own fields', () => {
    const shift = { days: 'Mon', start: '08:00', end: '12:00', packers: 2 };
    const d = storedDraft({
      ...defaultSettings,
      stages: { ...defaultSettings.stages, pickPack: { shifts: [shift, 7] } },
    });
    expect(d.stages.pickPack.shifts).toEqual([shift, {}]);
  });
});
