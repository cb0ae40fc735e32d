import type { NetworkReading, NetworkTap } from './adapter';

/**
 * Hand-written shape checks for the dashboards' JSON (no zod: this code ships in the content script,
 * whose budget is 15 kB gzipped). Each check throws a PayloadError whose message names the field path,
 * e.g. `data.card_list[0].pay_order_cnt is "abc", expected a count`; a parser catches it once.
 */
export class PayloadError extends Error {}

export type TapResult = ReturnType<NetworkTap['parse']>;

/** A short rendering of a bad value for a message: `"abc"`, `null`, `missing`, `an object`. */
export function shown(v: unknown): string {
  if (v === undefined) return 'missing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object' && v !== null) return 'an object';
  return (JSON.stringify(v) ?? String(v)).slice(0, 40);
}

function fail(path: string, v: unknown, expected: string): never {
  throw new PayloadError(`${path} is ${shown(v)}, expected ${expected}`);
}

export function obj(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, v, 'an object');
  return v as Record<string, unknown>;
}

export function list(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, v, 'a list');
  return v;
}

/** A count as a number or as the text of one ("1234", "1,234"); never negative, fractional or abbreviated. */
export function count(v: unknown, path: string): number {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  if (typeof v === 'string' && /^\d{1,3}(?:,\d{3})*$|^\d+$/.test(v.trim())) {
    const n = Number(v.replace(/\D/g, ''));
    if (Number.isSafeInteger(n)) return n;
  }
  return fail(path, v, 'a count');
}

/**
 * An id as a string. JSON numbers above 2^53 arrive already rounded (6917543210987654321 parses as
 * 6917543210987654000), so such a number is refused rather than passed on as a different order's id;
 * callers read the payload's string form first when it has one.
 */
export function id(v: unknown, path: string): string {
  if (typeof v === 'string' && /^\d{1,30}$/.test(v.trim())) return v.trim();
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return String(v);
  if (typeof v === 'number' && Number.isInteger(v)) {
    throw new PayloadError(`${path} is ${shown(v)}, above 2^53 so no longer exact, and the payload has no string form`);
  }
  return fail(path, v, 'an id');
}

/**
 * The response's top-level object, refused when its envelope carries a non-zero code (`code`, `st`,
 * `status_code`), e.g. `{"code": 10008, "msg": "登录过期"}`: a logged-out dashboard must not read as zero orders.
 */
export function envelope(body: unknown): Record<string, unknown> {
  const top = obj(body, 'the response');
  for (const key of ['code', 'st', 'status_code']) {
    const c = top[key];
    if (c === undefined || c === 0 || c === '0') continue;
    const msg = [top.msg, top.message, top.status_msg].find((m) => typeof m === 'string' && m !== '');
    throw new PayloadError(`the server answered error ${shown(c)}${msg ? ` ${JSON.stringify(msg)}` : ''}`);
  }
  return top;
}

/** Runs an endpoint's parser, turning a PayloadError into a reason that starts with the endpoint's name. */
export function guarded(endpoint: string, run: () => NetworkReading[]): TapResult {
  try {
    return { ok: true, readings: run() };
  } catch (e) {
    if (e instanceof PayloadError) return { ok: false, reason: `${endpoint}: ${e.message}` };
    throw e;
  }
}
