import { parseTimeIn } from '../core/lib/time';
import type { StageReading } from '../core/report/replay-observed';

/**
 * The replay's `--observed <file.json>` (issue #15): one reading `{ "at": "<local time>", "pickPack": <orders
 * waiting to be packed>, "shipTransport": <parcels waiting for the carrier> }` or an array of them. `at` is
 * read as --at is: without an offset, the shop's local time, and with --at none may be after it. Every fault
 * names the file and the field.
 */
export function readingsFrom(
  path: string,
  bytes: Uint8Array,
  timeZone: string,
  fail: (message: string) => never,
  /** --at, when given: every reading must be at or before it. */
  notAfter?: number,
): StageReading[] {
  const where = `--observed ${path}`;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return fail(`${where}: not JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(json) ? json : [json];
  if (list.length === 0)
    fail(`${where}: no reading (expected { "at", "pickPack", "shipTransport" } or an array of them)`);
  return list.map((item: unknown, k) => {
    const field = (name: string) => (Array.isArray(json) ? `[${k}].${name}` : name);
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      fail(`${where}: ${Array.isArray(json) ? `[${k}]` : 'the file'}: expected { "at", "pickPack", "shipTransport" }`);
    const r = item as Record<string, unknown>;
    const at = typeof r.at === 'string' ? parseTimeIn(r.at, timeZone) : Number.NaN;
    if (Number.isNaN(at))
      fail(
        `${where}: ${field('at')}: expected a time such as 2026-11-25T20:00 (the shop's local time without an offset)`,
      );
    if (notAfter !== undefined && at > notAfter)
      fail(`${where}: ${field('at')}: after --at (every reading is at or before the replay’s moment)`);
    const whole = (name: 'pickPack' | 'shipTransport'): number => {
      const v = r[name];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
        fail(`${where}: ${field(name)}: expected a whole number ≥ 0`);
      return v;
    };
    return { at, pickPack: whole('pickPack'), shipTransport: whole('shipTransport') };
  });
}
