import { describe, expect, it } from 'vitest';
import { optionalHostsForMv2, readsLocalPages, withoutLocalPages } from '../../../scripts/manifest-rules';

// The manifest as WXT generates it for the tests' build (shape of .output/chrome-mv3/manifest.json).
const built = {
  manifest_version: 3,
  content_scripts: [
    { matches: ['https://compass.jinritemai.com/screen/anchor/shop*'], js: ['page-tap.js'] },
    { matches: ['http://127.0.0.1/*', 'http://localhost/*', 'https://shop.tiktok.com/*'], js: ['dashboard.js'] },
    { matches: ['http://localhost:5173/*'], js: ['local-only.js'] },
  ],
  web_accessible_resources: [{ resources: ['page-tap.js'], matches: ['http://localhost/*'] }],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
};

describe('the manifest rules', () => {
  it('reads local pages only when LES_LOCAL_PAGES is 1', () => {
    expect(readsLocalPages({ LES_LOCAL_PAGES: '1' })).toBe(true);
    expect(readsLocalPages({})).toBe(false);
    expect(readsLocalPages({ LES_LOCAL_PAGES: '' })).toBe(false);
  });

  it('leaves the store build no local page: no match, no resource, no script left matching nothing', () => {
    const store = withoutLocalPages(built);
    expect(store.content_scripts).toEqual([
      { matches: ['https://compass.jinritemai.com/screen/anchor/shop*'], js: ['page-tap.js'] },
      { matches: ['https://shop.tiktok.com/*'], js: ['dashboard.js'] },
    ]);
    expect(store.web_accessible_resources).toEqual([]);
    expect(JSON.stringify(store)).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('gives a Manifest V2 build its optional hosts in optional_permissions, and leaves V3 alone', () => {
    const hosts = ['https://*/*', 'http://*/*'];
    const v2 = optionalHostsForMv2({ manifest_version: 2, optional_permissions: ['notifications'] }, hosts);
    expect(v2).toEqual({ manifest_version: 2, optional_permissions: ['notifications', 'https://*/*', 'http://*/*'] });
    expect(optionalHostsForMv2(built, hosts)).toBe(built);
  });
});
