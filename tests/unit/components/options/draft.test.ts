import { describe, expect, it } from 'vitest';
import { defaultAt, isAssumedDefault } from '../../../../components/options/assumed';
import { cutoffDefault, getAt, promiseOfType, receiptOfMode, setAt } from '../../../../components/options/draft';
import { readSettingsFile, settingsJson } from '../../../../components/options/transfer';
import { defaultSettings } from '../../../../core/settings/settings';

describe('getAt and setAt', () => {
  it('reads and replaces by path, copying only the objects along it', () => {
    const d = structuredClone(defaultSettings);
    const next = setAt(d, ['stages', 'pickPack', 'shifts', 0, 'packers'], 6);
    expect(getAt(next, ['stages', 'pickPack', 'shifts', 0, 'packers'])).toBe(6);
    expect(d.stages.pickPack.shifts[0].packers).toBe(4);
    expect(Array.isArray(next.stages.pickPack.shifts)).toBe(true);
    expect(next.stages.ship).toBe(d.stages.ship);
    expect(getAt(d, ['stages', 'nothing', 'here'])).toBeUndefined();
  });
});

describe('promise and receipt changes', () => {
  it('takes the cut-off default from the schema and leaves numbers empty', () => {
    expect(cutoffDefault('same-day')).toBe('16:00');
    expect(cutoffDefault('business-days')).toBe('23:59');
    expect(cutoffDefault('48h')).toBeUndefined();
    expect(promiseOfType('same-day')).toEqual({ type: 'same-day', cutoff: '16:00' });
    expect(promiseOfType('next-day')).toEqual({ type: 'next-day' });
    const b = promiseOfType('business-days') as { days: number; cutoff: string };
    expect(Number.isNaN(b.days)).toBe(true);
    expect(b.cutoff).toBe('23:59');
    expect(receiptOfMode('auto')).toEqual({ mode: 'auto' });
    expect(receiptOfMode('batch').mode).toBe('batch');
  });
});

describe('assumed defaults', () => {
  const d = structuredClone(defaultSettings);
  it('knows the documented default of each field, rows by position', () => {
    expect(defaultAt(['stages', 'pickPack', 'shifts', 0, 'packers'], d)).toBe(4);
    expect(defaultAt(['stages', 'ship', 'pickups', 1, 'time'], d)).toBe('17:00');
    expect(defaultAt(['stages', 'ship', 'pickups', 2, 'time'], d)).toBeUndefined();
  });
  it('marks a field only while it holds its default', () => {
    expect(isAssumedDefault(['stages', 'delivery', 'onTimeRate'], 0.93, d)).toBe(true);
    expect(isAssumedDefault(['stages', 'delivery', 'onTimeRate'], 0.95, d)).toBe(false);
    expect(isAssumedDefault(['handlingCapacityPerDay'], undefined, d)).toBe(false);
    const sameDay = { ...d, promise: { type: 'same-day' as const, cutoff: '16:00' } };
    expect(isAssumedDefault(['promise', 'cutoff'], '16:00', sameDay)).toBe(true);
    expect(isAssumedDefault(['stages'], d.stages, d)).toBe(false);
  });
});

describe('settings file transfer', () => {
  it('exports pretty JSON that reads back as the same settings', () => {
    const text = settingsJson(defaultSettings);
    expect(text).toContain('\n  "scorecard"');
    expect(readSettingsFile('x.json', text)).toEqual({ ok: true, settings: defaultSettings });
  });
  it('names the file when it is not JSON', () => {
    const r = readSettingsFile('notes.txt', 'hello');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^notes\.txt is not JSON: /);
  });
  it('names the file and every bad field', () => {
    const bad = structuredClone(defaultSettings);
    bad.stages.ship.pickups[0].time = '25:00';
    bad.stages.pickPack.shifts[0].packers = -2;
    const r = readSettingsFile('mine.json', JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('mine.json');
    expect(r.message).toContain('stages.ship.pickups[0].time');
    expect(r.message).toContain('stages.pickPack.shifts[0].packers');
  });
});
