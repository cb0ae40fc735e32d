import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { douyinNetwork } from './network';

// The payloads are parsed the way the page parses them (JSON.parse), so a 19-digit number is already rounded.
// Where each payload's shape comes from (documented, or reconstruction, unverified): fixtures/PROVENANCE.md.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const ROOM = '7301234567890123456';
const ORDERS_URL = new URL(
  `https://compass.jinritemai.com/compass_api/shop/live/live_screen/live_order_stream?room_id=${ROOM}&_lid=1`,
);
const ROOMS_URL = new URL('https://compass.jinritemai.com/compass_api/author/live/live_detail/today_live_room');
// 2026-11-25 20:00:00 in Shanghai, in milliseconds.
const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);

describe('douyin network: live_order_stream', () => {
  it('reads the documented shape (no envelope code, order_id as a string): the paid orders, nothing of the buyer', () => {
    const body = fixture('live_order_stream-anchor.json') as { data: { nick_name: string }[] };
    const url = new URL(
      `https://compass.jinritemai.com/compass_api/shop/live/live_screen/live_order_stream?live_room_id=${ROOM}`,
    );
    const parsed = douyinNetwork.parse(url, body);
    expect(parsed).toEqual({
      ok: true,
      readings: [
        {
          kind: 'paid-orders',
          roomId: ROOM,
          // Statuses 3, 0, 3, 1, 3: the three paid ones, with the time they were paid.
          orders: [
            { id: '6921840000000000101', paidAt: T0 },
            { id: '6921840000000000103', paidAt: T0 + 9000 },
            { id: '6921840000000000105', paidAt: T0 + 21_000 },
          ],
        },
      ],
    });
    // No buyer's nick name, product or item count reaches the session, not even in the placed orders.
    const passed = JSON.stringify(parsed);
    for (const e of body.data) expect(passed).not.toContain(e.nick_name);
    expect(passed).not.toMatch(/nick|product|item_num|亚麻/);
  });

  it('keeps only the paid events (status 3), with exact ids and payment times in milliseconds', () => {
    expect(douyinNetwork.parse(ORDERS_URL, fixture('live_order_stream.json'))).toEqual({
      ok: true,
      readings: [
        {
          kind: 'paid-orders',
          roomId: ROOM,
          orders: [
            { id: '6917543210987650001', paidAt: T0 },
            { id: '6917543210987650003', paidAt: T0 + 12_000 }, // status and time as strings
            { id: '6917543210987650005', paidAt: T0 + 30_000 },
          ],
        },
      ],
    });
  });

  it('reads ids from order_id_str: two orders whose numeric ids round to the same number stay two', () => {
    const body = fixture('live_order_stream-numeric-ids.json') as { data: { order_id: number }[] };
    expect(body.data[0].order_id).toBe(body.data[1].order_id); // the precision JSON.parse lost
    const r = douyinNetwork.parse(ORDERS_URL, body);
    expect(r.ok && r.readings[0].kind === 'paid-orders' && r.readings[0].orders.map((o) => o.id)).toEqual([
      '6917543210987654321',
      '6917543210987654323',
      '1234567', // a small numeric id is exact, so it is read as is
    ]);
  });

  it('refuses a numeric id above 2^53 that has no string form, rather than guess which order it was', () => {
    const body = JSON.parse(
      '{"st":0,"data":[{"order_id":6917543210987654321,"order_status":3,"order_ts":1795608000}]}',
    );
    expect(douyinNetwork.parse(ORDERS_URL, body)).toEqual({
      ok: false,
      reason:
        'live_order_stream: data[0].order_id is 6917543210987654000, above 2^53 so no longer exact, and the payload has no string form',
    });
  });

  it('returns an empty paid-orders reading when nobody has paid yet, and no room when the URL has none', () => {
    const url = new URL('https://buyin.jinritemai.com/api/anchor/livepc/live_order_stream');
    expect(
      douyinNetwork.parse(url, { st: 0, data: [{ order_id: '1', order_status: 0, order_ts: 1795608000 }] }),
    ).toEqual({
      ok: true,
      readings: [{ kind: 'paid-orders', orders: [], roomId: null }],
    });
  });

  it('reports a non-zero error code as an error, not as zero orders', () => {
    expect(douyinNetwork.parse(ORDERS_URL, fixture('error-login-expired.json'))).toEqual({
      ok: false,
      reason: 'live_order_stream: the server answered error 10008 "登录过期"',
    });
    expect(douyinNetwork.parse(ORDERS_URL, fixture('error-session-required.json'))).toEqual({
      ok: false,
      reason: 'live_order_stream: the server answered error 11001',
    });
  });

  it('names the field of a malformed event', () => {
    const cases: [unknown, string][] = [
      ['<html>', 'the response is "<html>", expected an object'],
      [{ st: 0, data: { list: [] } }, 'data is an object, expected a list'],
      [{ st: 0, data: [null] }, 'data[0] is null, expected an object'],
      [{ st: 0, data: [{ order_id: '1', order_ts: 1795608000 }] }, 'data[0].order_status is missing, expected a count'],
      [
        { st: 0, data: [{ order_id: '1', order_status: 3, order_ts: 1795608000123 }] },
        'data[0].order_ts is 1795608000123, expected a time in epoch seconds',
      ],
      [
        { st: 0, data: [{ order_id: 'A-1', order_status: 3, order_ts: 1795608000 }] },
        'data[0].order_id is "A-1", expected an id',
      ],
    ];
    for (const [body, reason] of cases) {
      expect(douyinNetwork.parse(ORDERS_URL, body)).toEqual({ ok: false, reason: `live_order_stream: ${reason}` });
    }
  });
});

describe('douyin network: today_live_room', () => {
  it('gives one paid total per room today: 1,234 in the live room, 87 (sent as text) in the ended morning one', () => {
    expect(douyinNetwork.parse(ROOMS_URL, fixture('today_live_room.json'))).toEqual({
      ok: true,
      readings: [
        { kind: 'paid-total', paidOrders: 1234, roomId: ROOM, live: true },
        { kind: 'paid-total', paidOrders: 87, roomId: '7301200000000000001', live: false },
      ],
    });
  });

  it('leaves out whether a room is live when the card does not say', () => {
    const body = { code: 0, data: { card_list: [{ live_id: ROOM, pay_order_cnt: 12 }] } };
    expect(douyinNetwork.parse(ROOMS_URL, body)).toEqual({
      ok: true,
      readings: [{ kind: 'paid-total', paidOrders: 12, roomId: ROOM }],
    });
  });

  it('reports an error code as an error', () => {
    expect(douyinNetwork.parse(ROOMS_URL, fixture('error-login-expired.json'))).toEqual({
      ok: false,
      reason: 'today_live_room: the server answered error 10008 "登录过期"',
    });
  });

  it('names the field of a malformed room', () => {
    const room = (fields: object) => ({ code: 0, data: { card_list: [{ live_id: ROOM, ...fields }] } });
    const cases: [unknown, string][] = [
      [{ code: 0, data: null }, 'data is null, expected an object'],
      [{ code: 0, data: {} }, 'data.card_list is missing, expected a list'],
      [room({ pay_order_cnt: { value: 'abc' } }), 'data.card_list[0].pay_order_cnt.value is "abc", expected a count'],
      [room({ pay_order_cnt: 'abc' }), 'data.card_list[0].pay_order_cnt is "abc", expected a count'],
      [room({ pay_order_cnt: { value: -1 } }), 'data.card_list[0].pay_order_cnt.value is -1, expected a count'],
      [
        room({ pay_order_cnt: { value: '1.2万' } }),
        'data.card_list[0].pay_order_cnt.value is "1.2万", expected a count',
      ],
      [
        { code: 0, data: { card_list: [{ pay_order_cnt: { value: 3 } }] } },
        'data.card_list[0].live_id is missing, expected an id',
      ],
      [room({ pay_order_cnt: 3, live_status: 'on' }), 'data.card_list[0].live_status is "on", expected a count'],
    ];
    for (const [body, reason] of cases) {
      expect(douyinNetwork.parse(ROOMS_URL, body)).toEqual({ ok: false, reason: `today_live_room: ${reason}` });
    }
  });
});

describe('douyin network: promotions_v2 on the control desk', () => {
  const DESK_DATA = new URL('https://fxg.jinritemai.com/api/anchor/livepc/promotions_v2?list_type=1&source_type=force');

  it('names the live room from data.room_id, and nothing else of the product list', () => {
    expect(douyinNetwork.parse(DESK_DATA, fixture('promotions_v2.json'))).toEqual({
      ok: true,
      readings: [{ kind: 'room', roomId: ROOM }],
    });
  });

  it('reads room_id_str first: a 19-digit room id sent as a number is no longer exact', () => {
    const body = JSON.parse(`{"data":{"room_id":${ROOM},"room_id_str":"${ROOM}"}}`);
    expect(douyinNetwork.parse(DESK_DATA, body)).toEqual({ ok: true, readings: [{ kind: 'room', roomId: ROOM }] });
    expect(douyinNetwork.parse(DESK_DATA, JSON.parse(`{"data":{"room_id":${ROOM}}}`))).toEqual({
      ok: false,
      reason:
        'promotions_v2: data.room_id is 7301234567890124000, above 2^53 so no longer exact, and the payload has no string form',
    });
  });

  it('names no room while none is live, and reports errors and malformed answers', () => {
    expect(douyinNetwork.parse(DESK_DATA, fixture('promotions_v2-not-live.json'))).toEqual({ ok: true, readings: [] });
    expect(douyinNetwork.parse(DESK_DATA, { code: 0, data: { promotions: [] } })).toEqual({ ok: true, readings: [] });
    expect(douyinNetwork.parse(DESK_DATA, fixture('error-login-expired.json'))).toEqual({
      ok: false,
      reason: 'promotions_v2: the server answered error 10008 "登录过期"',
    });
    expect(douyinNetwork.parse(DESK_DATA, { code: 0, data: { room_id: 'live-1' } })).toEqual({
      ok: false,
      reason: 'promotions_v2: data.room_id is "live-1", expected an id',
    });
  });
});

describe('douyin network: the tap', () => {
  it('asks for the three endpoints and refuses any other URL', () => {
    expect(douyinNetwork.paths).toEqual(['live_order_stream', 'today_live_room', 'promotions_v2']);
    const url = new URL('https://compass.jinritemai.com/compass_api/author/live/live_screen/core_data?room_id=1');
    expect(douyinNetwork.parse(url, { code: 0, data: {} })).toEqual({
      ok: false,
      reason: 'not a Douyin live endpoint: /compass_api/author/live/live_screen/core_data',
    });
  });
});
