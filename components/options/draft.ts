import { adapters, stageAdapters } from '../../core/adapters/registry';
import { promiseSchema, type Settings, type ShippingPromise } from '../../core/settings/settings';
import { t } from '../i18n';

/** A field's place in the settings file, as zod reports it: ['stages', 'ship', 'pickups', 0, 'time']. */
export type Path = readonly (string | number)[];

/**
 * The form's working copy. It has the settings' shape, but while the seller types, a number field may
 * hold NaN (left empty) and a text field anything: the schema, not the type, says whether it is valid.
 */
export type Draft = Settings;
export type PromiseType = ShippingPromise['type'];
export type Shift = Settings['stages']['pickPack']['shifts'][number];
export type Pickup = Settings['stages']['ship']['pickups'][number];

export function getAt(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** A copy of `obj` with the value at `path` replaced; only the objects along the path are copied. */
export function setAt<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const copy = (Array.isArray(obj) ? [...obj] : { ...(obj as object) }) as Record<string | number, unknown>;
  copy[key] = setAt(copy[key], rest, value);
  return copy as T;
}

/** The promise types with their labels in the page's language. */
export const promiseTypes = (): readonly { value: PromiseType; label: string }[] => [
  { value: 'same-day', label: t('promise_same_day') },
  { value: 'next-day', label: t('promise_next_day') },
  { value: '48h', label: t('promise_48h') },
  { value: 'hours', label: t('promise_hours') },
  { value: 'business-days', label: t('promise_business_days') },
];

type PromiseField = 'cutoff' | 'hours' | 'days';
const PROMISE_FIELDS: Record<PromiseType, readonly PromiseField[]> = {
  'same-day': ['cutoff'],
  'next-day': [],
  '48h': [],
  hours: ['hours'],
  'business-days': ['days', 'cutoff'],
};

/** The fields a promise type takes besides its type. */
export const promiseFields = (type: PromiseType): readonly PromiseField[] => PROMISE_FIELDS[type] ?? [];

/** The schema's own cut-off for a promise type ('16:00' same day, '23:59' business days), if it takes one. */
export function cutoffDefault(type: PromiseType): string | undefined {
  const r = promiseSchema.safeParse({ type, hours: 1, days: 1 });
  return r.success && 'cutoff' in r.data ? r.data.cutoff : undefined;
}

/** A fresh promise of another type: the cut-off starts at the schema's default, a number starts empty. */
export function promiseOfType(type: PromiseType): ShippingPromise {
  const p: Record<string, unknown> = { type };
  for (const f of promiseFields(type)) p[f] = f === 'cutoff' ? cutoffDefault(type) : Number.NaN;
  return p as ShippingPromise;
}

export const receiptOfMode = (mode: string): Settings['stages']['receipt'] =>
  mode === 'batch' ? { mode: 'batch', everyMinutes: Number.NaN } : { mode: 'auto' };

/** New rows start empty: a figure the seller has not typed is not one the model should trust. */
export const newShift = (): Shift => ({ days: '', start: '', end: '', packers: Number.NaN });
export const newPickup = (): Pickup => ({ time: '', days: 'Mon-Sun', maxParcels: Number.NaN });

export const SHIFT_KEYS = ['days', 'start', 'end', 'packers'] as const;
export const PICKUP_KEYS = ['time', 'days', 'maxParcels'] as const;
export const CALENDAR_KEYS = ['platformExtensions', 'warehouseClosed', 'carrierClosed', 'forceMajeure'] as const;

/** A list typed as text: "2026-11-26, 2026-12-25" → its items (commas, semicolons or spaces between). */
export const splitList = (text: string): string[] => text.split(/[\s,;，、；]+/).filter(Boolean);

/** Every control the form shows for a draft, by path (an issue on any other path goes to the summary). */
export function controlPaths(d: Draft): Path[] {
  const paths: Path[] = [['scorecard'], ['timezone'], ['promise', 'type']];
  for (const f of promiseFields(d.promise.type)) paths.push(['promise', f]);
  paths.push(['handlingCapacityPerDay'], ['stages', 'receipt', 'mode']);
  if (d.stages.receipt.mode === 'batch') paths.push(['stages', 'receipt', 'everyMinutes']);
  paths.push(['stages', 'pickPack', 'ordersPerPackerHour']);
  d.stages.pickPack.shifts.forEach((_, i) => {
    for (const k of SHIFT_KEYS) paths.push(['stages', 'pickPack', 'shifts', i, k]);
  });
  d.stages.ship.pickups.forEach((_, i) => {
    for (const k of PICKUP_KEYS) paths.push(['stages', 'ship', 'pickups', i, k]);
  });
  paths.push(['stages', 'delivery', 'onTimeRate'], ['stages', 'delivery', 'meanTransitHours']);
  for (const k of CALENDAR_KEYS) paths.push(['calendar', k]);
  for (const k of Object.keys(d.model ?? {})) paths.push(['model', k]);
  for (const a of [...adapters, ...stageAdapters]) paths.push(['capture', 'disabledAdapters', a.id]);
  paths.push(['alerts', 'notify'], ['alerts', 'sound'], ['alerts', 'atRiskAbove']);
  paths.push(['retentionDays'], ['language']);
  return paths;
}
