import { expect, test } from './fixtures';

test('a message of the wrong shape gets a clear error and changes nothing', async ({ backDoors }) => {
  const bad = {
    to: 'background',
    type: 'snapshots',
    payload: { snapshots: [{ streamId: 'demo:bad', seq: -1, at: Date.now(), paidOrders: 'many', source: 'demo' }] },
  };
  const reply = (await backDoors.sendRaw(bad)) as { ok: boolean; error: { code: string; message: string } };
  expect(reply.ok).toBe(false);
  expect(reply.error.code).toBe('invalid-message');
  // The message names both bad fields by their path.
  expect(reply.error.message).toContain('snapshots[0].seq');
  expect(reply.error.message).toContain('snapshots[0].paidOrders');
  expect(await backDoors.storedSnapshots('demo:bad')).toEqual([]);

  const unknown = (await backDoors.sendRaw({ type: 'delete-everything' })) as {
    ok: boolean;
    error: { message: string };
  };
  expect(unknown.ok).toBe(false);
  expect(unknown.error.message).toContain('unknown type "delete-everything"');

  const streams = (await backDoors.sendRaw({ to: 'background', type: 'list-streams', payload: {} })) as {
    ok: boolean;
    data: unknown[];
  };
  expect(streams).toEqual({ ok: true, data: [] });
});
