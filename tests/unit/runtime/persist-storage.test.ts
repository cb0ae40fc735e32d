import { describe, expect, it, vi } from 'vitest';
import { persistStorage } from '../../../runtime/persist-storage';

describe('persistent storage', () => {
  it('asks once the storage is not persisted yet, and says whether the browser agreed', async () => {
    const agree = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await persistStorage(agree)).toBe('granted');
    expect(agree.persist).toHaveBeenCalledTimes(1);
    expect(await persistStorage({ persisted: async () => false, persist: async () => false })).toBe('refused');
  });

  it('does not ask again for storage already persisted', async () => {
    const done = { persisted: async () => true, persist: vi.fn(async () => true) };
    expect(await persistStorage(done)).toBe('persisted');
    expect(done.persist).not.toHaveBeenCalled();
  });

  it('says unavailable where the context has no such API (a service worker) or it throws', async () => {
    expect(await persistStorage(undefined)).toBe('unavailable');
    expect(await persistStorage({})).toBe('unavailable');
    const broken = {
      persisted: async () => {
        throw new Error('SecurityError');
      },
      persist: async () => true,
    };
    expect(await persistStorage(broken)).toBe('unavailable');
  });
});
