import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { storeSnapshots } from '../../../../storage/snapshot-store';
import { snap } from '../../helpers';
import { NOW, optionsPage, setup, webPage } from './lifecycle-setup';

describe('delete-stream', () => {
  it('deletes one stream for an extension page, and says what went', async () => {
    const { db, send } = setup();
    await storeSnapshots(db, [snap(0, NOW - 60_000, 5, 'demo:a'), snap(1, NOW, 8, 'demo:a')]);
    await storeSnapshots(db, [snap(0, NOW, 2, 'demo:b')]);
    const reply = await send({ type: 'delete-stream', payload: { streamId: 'demo:a' } }, optionsPage);
    expect(reply).toEqual({
      ok: true,
      data: { streams: 1, snapshots: 2, estimates: 0, reports: 0, feedOrders: 0, runOfShow: 0 },
    });
    expect(await db.streams.toCollection().primaryKeys()).toEqual(['demo:b']);
  });

  it('refuses a content script on a web page, and changes nothing', async () => {
    const { db, send } = setup();
    await storeSnapshots(db, [snap(0, NOW, 5, 'demo:a')]);
    for (const raw of [{ type: 'delete-stream', payload: { streamId: 'demo:a' } }]) {
      const reply = await send(raw, webPage);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
      expect(reply.ok ? '' : reply.error.message).toContain("only LES Radar's own pages may send this message");
    }
    expect(await db.snapshots.count()).toBe(1);
  });
});
