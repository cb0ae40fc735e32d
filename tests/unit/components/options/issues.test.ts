import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { controlPaths } from '../../../../components/options/draft';
import { fieldId, issueMessage, placeIssues } from '../../../../components/options/issues';
import { defaultSettings, type Settings, settingsSchema } from '../../../../core/settings/settings';

function draftWith(change: (d: Settings) => void): Settings {
  const d = structuredClone(defaultSettings);
  change(d);
  return d;
}

/** The schema's issues for a draft, placed beside the form's controls. */
function placed(change: (d: Settings) => void) {
  const d = draftWith(change);
  const r = settingsSchema.safeParse(d);
  if (r.success) throw new Error('expected the draft to be invalid');
  return placeIssues(r.error.issues, controlPaths(d));
}

describe('fieldId', () => {
  it('joins the path into an id', () => {
    expect(fieldId(['stages', 'ship', 'pickups', 0, 'time'])).toBe('f-stages-ship-pickups-0-time');
    expect(fieldId(['timezone'])).toBe('f-timezone');
  });
});

describe('issueMessage past a ceiling (issue #16)', () => {
  it('says the most a list holds and the longest a text may be', () => {
    const p = placed((d) => {
      // 49 pickups against 48 (one every half hour), and a 63-character day list (4 + 14 × 4 + 3) against 60.
      d.stages.ship.pickups = Array.from({ length: 49 }, () => ({ time: '11:00', maxParcels: 400 }));
      d.stages.pickPack.shifts[0].days = `Mon,${'Tue,'.repeat(14)}Wed`;
    });
    expect(p.unplaced).toEqual(['stages.ship.pickups: expected at most 48 entries']);
    expect(p.byField.get('f-stages-pickPack-shifts-0-days')).toEqual(['expected at most 60 characters']);
  });
});

describe('placeIssues', () => {
  it('puts a bad pickup time beside that pickup time, with the schema message', () => {
    const p = placed((d) => {
      d.stages.ship.pickups[1].time = '25:00';
    });
    expect([...p.byField]).toEqual([['f-stages-ship-pickups-1-time', ['expected a time as "HH:MM"']]]);
    expect(p.unplaced).toEqual([]);
  });

  it('places several issues, each beside its own field', () => {
    const p = placed((d) => {
      d.timezone = 'Mars/Base';
      d.stages.pickPack.shifts[0].packers = -1;
      d.stages.pickPack.shifts[0].days = 'Mon-Xyz';
      d.stages.pickPack.ordersPerPackerHour = Number.NaN;
    });
    expect(p.byField.get('f-timezone')).toEqual(['expected an IANA time zone such as "Asia/Shanghai"']);
    expect(p.byField.get('f-stages-pickPack-shifts-0-packers')).toEqual(['expected 0 or more']);
    expect(p.byField.get('f-stages-pickPack-shifts-0-days')).toEqual(['expected days such as "Mon-Fri" or "Sat,Sun"']);
    expect(p.byField.get('f-stages-pickPack-ordersPerPackerHour')).toEqual(['enter a number']);
  });

  it('shows the limits of a percentage field as percentages', () => {
    const p = placed((d) => {
      d.stages.delivery.onTimeRate = 1.2;
    });
    expect(p.byField.get('f-stages-delivery-onTimeRate')).toEqual(['expected 100 % or less']);
  });

  it('places the fields a promise type adds, and only while that type is chosen', () => {
    const p = placed((d) => {
      d.promise = { type: 'business-days', days: 1.5, cutoff: '24:00' };
    });
    expect(p.byField.get('f-promise-days')).toEqual(['expected a whole number']);
    expect(p.byField.get('f-promise-cutoff')).toEqual(['expected a time as "HH:MM"']);
  });

  it('sends an issue without a control to the summary, naming its path', () => {
    const p = placed((d) => {
      (d as { version: number }).version = 2;
    });
    expect(p.byField.size).toBe(0);
    expect(p.unplaced).toHaveLength(1);
    expect(p.unplaced[0]).toMatch(/^version: /);
    const list: z.core.$ZodIssue = {
      code: 'custom',
      path: ['stages', 'ship', 'pickups'],
      message: 'no pickup',
      input: [],
    };
    expect(placeIssues([list], controlPaths(defaultSettings)).unplaced).toEqual(['stages.ship.pickups: no pickup']);
  });

  it('falls back to the longest prefix of the path that has a control', () => {
    const issue: z.core.$ZodIssue = { code: 'custom', path: ['timezone', 'extra'], message: 'bad', input: 'x' };
    const p = placeIssues([issue], [['timezone']]);
    expect(p.byField.get('f-timezone')).toEqual(['bad']);
  });
});

describe('issueMessage', () => {
  it('keeps a message that is not about types or limits', () => {
    expect(issueMessage({ code: 'custom', path: ['timezone'], message: 'as written', input: '' })).toBe('as written');
  });
});

describe('controlPaths', () => {
  it('lists one path per shift and pickup field, and the promise and receipt fields that apply', () => {
    const d = draftWith((s) => {
      s.promise = { type: 'same-day', cutoff: '16:00' };
      s.stages.receipt = { mode: 'batch', everyMinutes: 5 };
    });
    const ids = controlPaths(d).map(fieldId);
    expect(ids).toContain('f-promise-cutoff');
    expect(ids).not.toContain('f-promise-hours');
    expect(ids).toContain('f-stages-receipt-everyMinutes');
    expect(ids.filter((id) => id.startsWith('f-stages-pickPack-shifts-'))).toHaveLength(4);
    // Two pickups × time, days, max parcels.
    expect(ids.filter((id) => id.startsWith('f-stages-ship-pickups-'))).toHaveLength(6);
    expect(ids.filter((id) => id.startsWith('f-calendar-'))).toEqual([
      'f-calendar-platformExtensions',
      'f-calendar-warehouseClosed',
      'f-calendar-carrierClosed',
      'f-calendar-forceMajeure',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
