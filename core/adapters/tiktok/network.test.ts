import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tiktokNetwork } from './network';

// The payloads are parsed the way the page parses them (JSON.parse), so a 19-digit number is already rounded.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const ROOM = '7301234567890123456';
const URL_US = new URL(
  `https://seller-us.tiktok.com/api/v1/compass/live/realtime_stats?room_id=${ROOM}&shop_region=US`,
);

describe('tiktok network: realtime_stats', () => {
  it('reads "orders": "1,234" as a paid total of 1234 in room 7301234567890123456', () => {
    expect(tiktokNetwork.parse(URL_US, fixture('realtime_stats.json'))).toEqual({
      ok: true,
      readings: [{ kind: 'paid-total', paidOrders: 1234, roomId: ROOM }],
    });
  });

  it('reads numbers as numbers, and the room from room_id_str when room_id is a rounded number', () => {
    const body = fixture('realtime_stats-numbers.json') as { data: { room_id: number } };
    expect(String(body.data.room_id)).not.toBe(ROOM);
    const url = new URL('https://seller-sea.tiktok.com/api/v1/compass/live/realtime_stats');
    expect(tiktokNetwork.parse(url, body)).toEqual({
      ok: true,
      readings: [{ kind: 'paid-total', paidOrders: 987, roomId: ROOM }],
    });
  });

  it('takes the room from the request when the response names none', () => {
    expect(tiktokNetwork.parse(URL_US, { code: 0, data: { stats: { orders: 5 } } })).toEqual({
      ok: true,
      readings: [{ kind: 'paid-total', paidOrders: 5, roomId: ROOM }],
    });
  });

  it('reports a non-zero code as an error, not as zero orders', () => {
    expect(tiktokNetwork.parse(URL_US, fixture('error-session-expired.json'))).toEqual({
      ok: false,
      reason: 'realtime_stats: the server answered error 98001004 "Login session expired, please log in again"',
    });
  });

  it('names the field of a malformed payload', () => {
    const cases: [unknown, string][] = [
      [null, 'the response is null, expected an object'],
      [{ code: 0, data: [] }, 'data is a list, expected an object'],
      [{ code: 0, data: { room_id: ROOM } }, 'data.stats is missing, expected an object'],
      [
        { code: 0, data: { room_id: ROOM, stats: { orders: '1.2K' } } },
        'data.stats.orders is "1.2K", expected a count',
      ],
      [{ code: 0, data: { room_id: ROOM, stats: { orders: 12.5 } } }, 'data.stats.orders is 12.5, expected a count'],
      [
        JSON.parse(`{"code":0,"data":{"room_id":${ROOM},"stats":{"orders":1}}}`),
        'data.room_id is 7301234567890124000, above 2^53 so no longer exact, and the payload has no string form',
      ],
    ];
    for (const [body, reason] of cases) {
      expect(tiktokNetwork.parse(URL_US, body)).toEqual({ ok: false, reason: `realtime_stats: ${reason}` });
    }
  });

  it('asks only for realtime_stats and refuses other URLs', () => {
    expect(tiktokNetwork.paths).toEqual(['realtime_stats']);
    const other = new URL('https://seller-us.tiktok.com/api/v1/compass/live/product_list');
    expect(tiktokNetwork.parse(other, { code: 0, data: {} })).toEqual({
      ok: false,
      reason: 'not a TikTok LIVE endpoint: /api/v1/compass/live/product_list',
    });
  });
});
