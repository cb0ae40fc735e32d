import { describe, expect, it } from 'vitest';
import { MAX_BATCH_ORDER_IDS, Outbox } from '../../../../core/capture/outbox';
import { sh } from '../../helpers';

const T = sh('2026-11-25', '20:00');
const seqs = (box: Outbox, max?: number) => box.batch(max).snapshots.map((s) => s.seq);

describe('Outbox', () => {
  it('numbers readings contiguously from firstSeq and stamps stream and source', () => {
    const box = new Outbox('demo:7301234567', 'tab-1', 7); // a reloaded tab: 0–6 already stored
    const first = box.add(T, 1200, 'demo/dom');
    box.add(T + 1000, 1210, 'demo/dom');
    box.add(T + 2000, 1234, 'demo/dom');
    expect(first).toEqual({
      streamId: 'demo:7301234567',
      seq: 7,
      at: T,
      paidOrders: 1200,
      source: 'demo/dom',
      capture: 'tab-1',
    });
    expect(seqs(box)).toEqual([7, 8, 9]);
    expect(box.size).toBe(3);
  });

  it('removes everything up to the acknowledged seq and keeps the rest', () => {
    const box = new Outbox('s', 'tab-1', 0);
    for (let i = 0; i < 5; i++) box.add(T + i * 1000, 100 + i, 'demo/dom');
    box.ack(2);
    expect(seqs(box)).toEqual([3, 4]);
    box.ack(1); // an older, late acknowledgement changes nothing
    expect(seqs(box)).toEqual([3, 4]);
    box.ack(4);
    expect(box.size).toBe(0);
    expect(box.add(T + 9000, 200, 'demo/dom').seq).toBe(5); // numbering carries on after an empty outbox
  });

  it('hands out at most `max` of the oldest pending readings, 200 by default', () => {
    const box = new Outbox('s', 'tab-1', 0);
    for (let i = 0; i < 250; i++) box.add(T + i * 1000, i, 'demo/dom');
    expect(seqs(box, 3)).toEqual([0, 1, 2]);
    const batch = box.batch().snapshots;
    expect(batch).toHaveLength(200);
    expect(batch[199].seq).toBe(199);
    box.ack(199);
    expect(seqs(box)).toHaveLength(50); // 250 − 200
    expect(box.batch().snapshots[0].seq).toBe(200);
  });

  it('resends in seq order after a failed send, with the new readings behind the old ones', () => {
    const box = new Outbox('s', 'tab-1', 10);
    box.add(T, 1000, 'demo/dom');
    box.add(T + 1000, 1005, 'demo/dom');
    const lost = seqs(box); // sent, but no acknowledgement came back
    box.add(T + 2000, 1010, 'demo/dom');
    box.add(T + 3000, 1020, 'demo/dom');
    expect(lost).toEqual([10, 11]);
    expect(seqs(box)).toEqual([10, 11, 12, 13]);
    expect(box.batch().snapshots.map((s) => s.paidOrders)).toEqual([1000, 1005, 1010, 1020]);
    box.ack(11); // the retry of 10–11 is acknowledged; 12–13 remain
    expect(seqs(box)).toEqual([12, 13]);
  });

  it('moves pending readings after another capture’s seqs, keeping their order, and continues after them', () => {
    const box = new Outbox('s', 'tab-1', 0);
    box.add(T, 10, 'demo/dom');
    box.add(T + 1000, 11, 'demo/dom');
    box.add(T + 2000, 12, 'demo/dom');
    box.ack(0); // seq 0 stored; 1 and 2 clashed with a second tab, which holds up to seq 5
    box.renumber(6);
    expect(box.batch().snapshots.map((s) => [s.seq, s.paidOrders])).toEqual([
      [6, 11],
      [7, 12],
    ]);
    expect(box.add(T + 3000, 13, 'demo/dom').seq).toBe(8);
  });

  it('does not let the caller change pending readings through a batch', () => {
    const box = new Outbox('s', 'tab-1', 0);
    box.add(T, 1, 'demo/dom');
    box.add(T + 1000, 2, 'demo/dom');
    box.batch().snapshots.length = 0; // a caller emptying its copy
    expect(box.size).toBe(2);
  });

  it('sends the order ids a reading counted beside it, and keeps them with it through a renumbering', () => {
    const box = new Outbox('douyin:1', 'tab-1', 0);
    box.add(T, 2, 'douyin/network-events', ['6917000000000000001', '6917000000000000002']);
    box.add(T + 1000, 2, 'douyin/page'); // a reading of the page's text counts no order of its own
    box.add(T + 2000, 3, 'douyin/network-events', ['6917000000000000003']);
    expect(box.batch().feedOrders).toEqual([
      { seq: 0, orderIds: ['6917000000000000001', '6917000000000000002'] },
      { seq: 2, orderIds: ['6917000000000000003'] },
    ]);
    box.ack(0);
    box.renumber(7); // another capture took seq 1 and up to 6: the ids move with their reading
    expect(box.batch()).toEqual({
      snapshots: [
        expect.objectContaining({ seq: 7, paidOrders: 2 }),
        expect.objectContaining({ seq: 8, paidOrders: 3 }),
      ],
      feedOrders: [{ seq: 8, orderIds: ['6917000000000000003'] }],
    });
  });

  it('ends a batch before the reading that would pass the order-id limit', () => {
    const box = new Outbox('douyin:1', 'tab-1', 0);
    const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(from + i));
    // One feed reading counts at most 500 orders (one question to the store): ten fill a batch.
    for (let i = 0; i < 11; i++) box.add(T + i * 1000, (i + 1) * 500, 'douyin/network-events', ids(i * 500, 500));
    const { snapshots, feedOrders } = box.batch();
    expect(snapshots.map((s) => s.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(feedOrders.flatMap((f) => f.orderIds)).toHaveLength(MAX_BATCH_ORDER_IDS);
    box.ack(9);
    expect(box.batch().feedOrders).toEqual([{ seq: 10, orderIds: ids(5000, 500) }]);
  });
});

describe('renumbering after another capture’s count', () => {
  it('goes on from that count: a feed reading adds its orders to it, no reading falls below it', () => {
    // The tab counted 20 from the feed, then 23 (3 new orders) and read 22 on the page; a count of 100 typed
    // in the popup took the next seq. Rebased: 100 + 3 = 103, then the page's 22 is held at 103.
    const o = new Outbox('douyin:1', 'tab', 1);
    o.add(1000, 23, 'douyin/network-events', ['a', 'b', 'c']);
    o.add(2000, 22, 'douyin/page');
    expect(o.renumber(2, 100)).toBe(103);
    expect(o.batch().snapshots.map((s) => [s.seq, s.paidOrders])).toEqual([
      [2, 103],
      [3, 103],
    ]);
  });

  it('keeps the readings’ own values when the other count is lower or unknown', () => {
    const o = new Outbox('douyin:1', 'tab', 1);
    o.add(1000, 63, 'douyin/network-events', ['a', 'b', 'c']);
    expect(o.renumber(5, 50)).toBe(63); // 50 + 3 = 53 < the tab's own 63
    expect(o.renumber(6)).toBe(63);
  });
});
