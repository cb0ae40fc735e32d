import { ORDER_ID } from './format';
import { provinceOf } from './regions';
import { productLabel } from './values';

/**
 * The form an import keeps each text of an order in, and the check a value coming back from a backup
 * must pass: it must already be in that form, so a hand-edited backup cannot bring in what no import
 * would keep (a street in the region, a tracking number in the carrier, a phone number as an order id).
 * A reason never quotes the value: in a hostile file it could be someone's address.
 */

/** Longest carrier or promise kept, as for a product name (values.ts PRODUCT_CHARS). */
export const LABEL_CHARS = 64;

/** Douyin's 直播间ID as its reader accepts it (core/exports/douyin.ts). */
export const ROOM_ID = /^\d{1,24}$/;

const cut = (text: string) => Array.from(text.trim().replace(/\s+/g, ' ')).slice(0, LABEL_CHARS).join('');

/**
 * A carrier's name as kept: what precedes the first run of 5 or more digits (a tracking number or a
 * postcode is never part of a carrier's name), spaces collapsed, at most 64 characters.
 */
export const carrierLabel = (text: string): string => cut(text.split(/\d{5,}/)[0]);

/** A shipping promise (TikTok's Delivery Option) as kept: spaces collapsed, at most 64 characters. */
export const promiseLabel = (text: string): string => cut(text);

export type KeptField = 'orderId' | 'carrier' | 'liveRoomId' | 'product' | 'promise' | 'region';

const checks: Record<KeptField, { ok: (v: string) => boolean; reason: string }> = {
  orderId: { ok: (v) => ORDER_ID.test(v), reason: 'not an order id (16–24 digits)' },
  carrier: {
    ok: (v) => carrierLabel(v) === v,
    reason: 'not a carrier name as an import keeps it (no tracking number or postcode, at most 64 characters)',
  },
  liveRoomId: { ok: (v) => v === '' || ROOM_ID.test(v), reason: 'not a room id (up to 24 digits)' },
  product: {
    ok: (v) => productLabel(v) === v,
    reason: 'not a product name as an import keeps it (single spaces, at most 64 characters)',
  },
  promise: {
    ok: (v) => promiseLabel(v) === v,
    reason: 'not a shipping promise as an import keeps it (single spaces, at most 64 characters)',
  },
  region: {
    ok: (v) => v === '' || provinceOf(v) === v,
    reason: 'not a province or state on the allow-list (never a city, street or postcode)',
  },
};

/** Why `value` is not what an import keeps in `field`; null when it is. */
export function keptValueProblem(field: KeptField, value: string): string | null {
  return checks[field].ok(value) ? null : checks[field].reason;
}

/** No order, stream or import of LES Radar's can predate the platforms' live selling. */
export const EARLIEST_PLAUSIBLE = Date.UTC(2015, 0, 1);
const YEAR = 366 * 86_400_000;

/** Why `t` (epoch ms) is no plausible stored instant at `now`; null when it is. Deadlines may lie ahead, a year at most. */
export function plausibleTimeProblem(t: number, now: number): string | null {
  return Number.isFinite(t) && t >= EARLIEST_PLAUSIBLE && t <= now + YEAR
    ? null
    : 'not a plausible time (from 2015 to a year from now)';
}
