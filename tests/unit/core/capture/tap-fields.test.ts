import { describe, expect, it } from 'vitest';
import { fieldsFor, pickFields, pickUrl } from '../../../../core/capture/tap-fields';

// A feed answer in the shape of Douyin's live_order_stream (core/adapters/douyin/fixtures/PROVENANCE.md).
const FEED = {
  st: 0,
  msg: '',
  data: [
    { order_id: '1', order_status: 3, order_ts: 1795608000, nick_name: '用户****88', avatar_url: 'https://a/b.jpeg' },
    { order_id: '2', order_status: 0, order_ts: 1795608003, nick_name: '小***子', product_title: '帆布托特包' },
  ],
};
const FIELDS = ['st', 'msg', 'data[].order_id', 'data[].order_status', 'data[].order_ts', '?room_id'];

describe('the fields the tap passes on', () => {
  it('keeps the listed fields of every item of a list, and nothing else', () => {
    expect(pickFields(FEED, FIELDS)).toEqual({
      st: 0,
      msg: '',
      data: [
        { order_id: '1', order_status: 3, order_ts: 1795608000 },
        { order_id: '2', order_status: 0, order_ts: 1795608003 },
      ],
    });
    expect(JSON.stringify(pickFields(FEED, FIELDS))).not.toMatch(/nick|avatar|product|用户/);
  });

  it('keeps a wrong value’s kind, not its content, so the parser still names what is wrong', () => {
    // data an object where a list is read; an item a list; an order id an object with a name in it.
    expect(pickFields({ data: { nick_name: 'x' } }, FIELDS)).toEqual({ data: {} });
    expect(pickFields({ data: [['x'], { order_id: { nick_name: 'x' } }] }, FIELDS)).toEqual({
      data: [[], { order_id: {} }],
    });
    expect(pickFields('oops', FIELDS)).toBe('oops');
    expect(pickFields([{ st: 0 }], FIELDS)).toEqual([]);
    // A count sent as a number where { value } is listed stays that number; as an object, only its value.
    const cnt = ['data.card_list[].pay_order_cnt.value'];
    expect(pickFields({ data: { card_list: [{ pay_order_cnt: 12 }] } }, cnt)).toEqual({
      data: { card_list: [{ pay_order_cnt: 12 }] },
    });
    expect(pickFields({ data: { card_list: [{ pay_order_cnt: { value: 12, unit: 'n' } }] } }, cnt)).toEqual({
      data: { card_list: [{ pay_order_cnt: { value: 12 } }] },
    });
  });

  it('refuses a field with an empty step', () => {
    expect(() => pickFields({}, ['data..order_id'])).toThrow('tap fields: "data..order_id" has an empty step');
  });

  it('keeps of the address its path and the query parameters listed', () => {
    const url = '/compass_api/x/live_order_stream?room_id=7301&msToken=s3cret&a_bogus=zz';
    expect(pickUrl(url, FIELDS, 'https://compass.jinritemai.com/screen/anchor/shop')).toBe(
      'https://compass.jinritemai.com/compass_api/x/live_order_stream?room_id=7301',
    );
    expect(pickUrl('https://h/x/today_live_room?a=1', ['code'], 'https://h/')).toBe('https://h/x/today_live_room');
  });

  it('finds the fields by the endpoint path in the address’s path', () => {
    const table = { live_order_stream: FIELDS, promotions_v2: ['data.room_id'] };
    expect(fieldsFor('/api/anchor/livepc/promotions_v2', table)).toEqual(['data.room_id']);
    expect(fieldsFor('/api/other', table)).toBeNull();
  });
});
