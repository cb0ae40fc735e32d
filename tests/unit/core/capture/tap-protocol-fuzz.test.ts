import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { douyinNetwork } from '../../../../core/adapters/douyin/network';
import { CountGuard } from '../../../../core/capture/count-guard';
import { fieldsFor, pickFields, pickUrl } from '../../../../core/capture/tap-fields';
import { asTapResponse, isTapHello, isTapReplay } from '../../../../core/capture/tap-protocol';
import { fuzzTally } from '../../fuzz-tally';

/**
 * Fuzz (issue #16, RELIABILITY.md): 1,000 hostile messages on the tap's port, each read as the content
 * script reads one (content/capture/tap-port.ts, then session.ts's onTap): the protocol's check, the
 * address, the Douyin adapter's parser. A page controls what its own fetches return, so a response's
 * body and address are anyone's: half the messages are the tap's own output for a hostile response
 * (pickFields/pickUrl of a changed fixture or of any JSON), half are anything at all. Each must be
 * dropped, read into sane readings, or refused with a reason naming the endpoint; never throw.
 */
const SEED = 20261205;
const RUNS = 1000;
/** The page the content script runs on: the base a response's address is read against. */
const PAGE = 'https://compass.jinritemai.com/screen/anchor/shop';

// The adapter's fixtures (shapes and sources: core/adapters/douyin/fixtures/PROVENANCE.md).
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../core/adapters/douyin/fixtures/${name}`, import.meta.url), 'utf8'));
const BODIES = [
  'live_order_stream.json',
  'live_order_stream-numeric-ids.json',
  'today_live_room.json',
  'promotions_v2.json',
].map(fixture);
const ENDPOINTS = douyinNetwork.paths;

/** Every path to a value in a JSON body, for "put something else there". */
function pathsOf(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(v)) for (const [i, x] of v.slice(0, 6).entries()) pathsOf(x, [...at, i], out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}
const PATHS = BODIES.map((b) => pathsOf(b));

const HOSTILE_VALUES = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    -1,
    1.5,
    2 ** 53,
    1e300,
    '9'.repeat(400),
    '1,234,567,890,123,456,789',
    '6917543210987654321',
    6917543210987654000, // a 19-digit id as JSON.parse leaves it: already rounded
    '',
    null,
    'NaN',
    { value: '12万' },
    { value: -3 },
    [],
    { __proto__: { polluted: true } },
    '\u202e3',
  ),
);

/** A fixture with up to three values replaced, or any JSON at all. */
const hostileBody = fc.oneof(
  fc
    .tuple(
      fc.nat({ max: BODIES.length - 1 }),
      fc.array(fc.tuple(fc.nat(), HOSTILE_VALUES), { minLength: 1, maxLength: 3 }),
    )
    .map(([b, changes]) => {
      const body = structuredClone(BODIES[b]) as Record<string | number, unknown>;
      for (const [p, v] of changes) {
        const path = PATHS[b][p % PATHS[b].length];
        if (path.length === 0) return v;
        let o: unknown = body;
        for (const step of path.slice(0, -1)) o = (o as Record<string | number, unknown> | null)?.[step];
        // An earlier change may have put a number where this one's parent was: then it has no place.
        if (o !== null && typeof o === 'object') (o as Record<string | number, unknown>)[path[path.length - 1]] = v;
      }
      return body;
    }),
  fc.jsonValue({ maxDepth: 4 }),
);

/** Addresses a response may come from: the real hosts, any host, odd schemes and broken text. */
const hostileUrl = fc.oneof(
  fc
    .tuple(fc.webUrl({ withQueryParameters: true }), fc.constantFrom(...ENDPOINTS), fc.string({ maxLength: 30 }))
    .map(([u, path, room]) => `${u.replace(/\/?(\?|$)/, `/${path}$1`)}&room_id=${encodeURIComponent(room)}`),
  fc
    .constantFrom(...ENDPOINTS)
    .map((p) => `https://compass.jinritemai.com/compass_api/x/${p}?room_id=7301234567890123456`),
  fc.constantFrom(
    'http://[',
    '//[::1',
    '',
    'javascript:alert(1)//live_order_stream',
    'data:application/json,live_order_stream',
    'blob:https://compass.jinritemai.com/live_order_stream',
    `https://x.test/${'a'.repeat(5000)}/live_order_stream`,
    '\u0000live_order_stream',
    'https://user:pw@compass.jinritemai.com:99999/today_live_room',
  ),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

/** What the tap posts for a hostile response, when it posts at all (network-tap.ts's post). */
function tapOutput(url: string, body: unknown): unknown {
  let at: URL;
  try {
    at = new URL(url, PAGE);
  } catch {
    return null; // the page's fetch of a broken address never answers
  }
  const wanted = fieldsFor(at.pathname, douyinNetwork.fields);
  if (!wanted) return null; // not an endpoint the tap reads
  return { kind: 'response', url: pickUrl(url, wanted, PAGE), body: pickFields(body, wanted) };
}

const anything = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
  withDate: true,
});
const tagged = (a: fc.Arbitrary<unknown>, kind: string) => a.map((data) => ({ data, kind }));
const hostileMessage = fc.oneof(
  tagged(
    fc.tuple(hostileUrl, hostileBody).map(([u, b]) => tapOutput(u, b)),
    'the tap’s output for a hostile response (changed fixture or any JSON, any address)',
  ),
  tagged(
    fc.tuple(hostileUrl, hostileBody).map(([url, body]) => ({ kind: 'response', url, body })),
    'response-shaped messages with broken addresses',
  ),
  tagged(
    fc.record({ kind: fc.constantFrom('response', 'replay', 'Response', ''), url: anything, body: anything }),
    'messages with the right keys and wrong types',
  ),
  tagged(anything, 'anything structured clone carries'),
);

/** Exactly what the content script does with a port message (tap-port.ts, session.ts onTap). */
function receive(data: unknown) {
  const response = asTapResponse(data);
  if (!response) return { dropped: true as const };
  const url = new URL(response.url, PAGE);
  if (!douyinNetwork.paths.some((p) => url.pathname.includes(p))) return { dropped: true as const };
  return { dropped: false as const, parsed: douyinNetwork.parse(url, response.body) };
}

describe('fuzz: 1,000 hostile tap messages through the protocol and the Douyin parser', () => {
  it('each is dropped, read into sane readings, or refused naming its endpoint; never thrown', () => {
    let dropped = 0;
    let read = 0;
    let refused = 0;
    const tally = fuzzTally('hostile tap messages (asTapResponse, the Douyin parser)');
    fc.assert(
      fc.property(hostileMessage, ({ data, kind }) => {
        // The replay and hello checks see every message too.
        expect(typeof isTapReplay(data)).toBe('boolean');
        expect(isTapHello(data, '0123456789abcdef0123456789abcdef')).toBe(false);
        expect(isTapHello(data, null)).toBe(false);
        const r = receive(data);
        tally.add(
          [kind],
          r.dropped ? 'dropped' : r.parsed.ok ? 'read' : 'refused',
          r.dropped || r.parsed.ok ? '' : r.parsed.reason,
        );
        if (r.dropped) {
          dropped++;
          return;
        }
        if (!r.parsed.ok) {
          refused++;
          expect(r.parsed.reason).toMatch(new RegExp(`^(${ENDPOINTS.join('|')}): |^not a Douyin live endpoint`));
          expect(r.parsed.reason.length).toBeLessThanOrEqual(300);
          return;
        }
        read++;
        for (const reading of r.parsed.readings) {
          if (reading.roomId !== null) expect(reading.roomId).toMatch(/^\d{1,30}$/);
          if (reading.kind === 'paid-total') {
            expect(Number.isSafeInteger(reading.paidOrders) && reading.paidOrders >= 0).toBe(true);
          }
          if (reading.kind === 'paid-orders') {
            for (const o of reading.orders) {
              expect(o.id).toMatch(/^\d{1,30}$/);
              expect(o.paidAt > 1e12 && o.paidAt < 1e14).toBe(true);
            }
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    tally.print();
    expect(dropped).toBeGreaterThan(0);
    expect(read).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, 30_000);

  it('the tap passes on no field its adapter does not read: a buyer’s nick_name never leaves the page', () => {
    fc.assert(
      fc.property(hostileUrl, hostileBody, (url, body) => {
        const msg = tapOutput(url, body) as { body: unknown } | null;
        if (msg) expect(JSON.stringify(msg.body) ?? '').not.toMatch(/nick_name|product_title|avatar|polluted/);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 30_000);

  it('an absurd count the parser reads is held back by the capture’s guard, not recorded', () => {
    // The parser takes any safe count (2^53 − 1 here); count-guard.ts is where the absurd is refused.
    const body = { code: 0, data: { card_list: [{ live_id: '7301', pay_order_cnt: { value: 2 ** 53 - 1 } }] } };
    const parsed = douyinNetwork.parse(new URL(`${PAGE}/today_live_room`), body);
    const reading = parsed.ok ? parsed.readings[0] : null;
    if (reading?.kind !== 'paid-total') throw new Error('expected a paid total');
    const guard = new CountGuard(120);
    expect(guard.accept(reading.paidOrders, 0)).toEqual({
      record: false,
      reason: 'implausible',
      from: 120,
      to: 2 ** 53 - 1,
    });
    expect(guard.recorded).toBe(120);
  });
});
