import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../../core/settings/settings';
import { storeSnapshots } from '../../../../storage/snapshot-store';
import { snap } from '../../helpers';
import { NOW, optionsPage, setup, webPage } from './lifecycle-setup';

describe('erase-all', () => {
  it('erases everything for an extension page', async () => {
    const { db, send } = setup();
    await storeSnapshots(db, [snap(0, NOW, 5, 'demo:a')], [{ seq: 0, orderIds: ['6917000000000000001'] }]);
    await fakeBrowser.storage.local.set({ settings: defaultSettings });
    const reply = await send({ type: 'erase-all', payload: {} }, optionsPage);
    expect(reply).toMatchObject({
      ok: true,
      data: { tables: { streams: 1, snapshots: 1, feedOrders: 1 }, storedKeys: 1 },
    });
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
  it('refuses a content script on a web page, or a sender with no page, and changes nothing', async () => {
    const { db, send } = setup();
    await storeSnapshots(db, [snap(0, NOW, 5, 'demo:a')]);
    for (const raw of [{ type: 'erase-all', payload: {} }]) {
      const reply = await send(raw, webPage);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
      expect(reply.ok ? '' : reply.error.message).toContain("only LES Radar's own pages may send this message");
    }
    // No sender url at all (an unknown context) is refused too.
    expect((await send({ type: 'erase-all', payload: {} }, { id: fakeBrowser.runtime.id })).ok).toBe(false);
    expect(await db.snapshots.count()).toBe(1);
  });
});
