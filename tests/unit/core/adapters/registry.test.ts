import { describe, expect, it } from 'vitest';
import {
  adapterAt,
  contentMatches,
  matchesPattern,
  stageAdapterFor,
  stageAdapters,
} from '../../../../core/adapters/registry';

describe('the adapter registry', () => {
  it('gives the content script the union of the adapters’ pages, each once', () => {
    expect(contentMatches).toContain('http://127.0.0.1/*');
    expect(contentMatches).toContain('https://compass.jinritemai.com/*');
    expect(contentMatches).toContain('https://seller-us.tiktok.com/*');
    expect(new Set(contentMatches).size).toBe(contentMatches.length);
    expect(contentMatches.some((m) => m.includes('<all_urls>') || m.startsWith('*://*/'))).toBe(false);
  });

  it('knows a page’s adapter from its address alone, before the page has a document (for the network tap)', () => {
    expect(adapterAt(new URL('https://compass.jinritemai.com/screen/live/shop?live_room_id=1'))?.id).toBe('douyin');
    expect(adapterAt(new URL('https://seller-us.tiktok.com/compass/live-dashboard?room_id=1'))?.id).toBe('tiktok');
    expect(adapterAt(new URL('http://127.0.0.1:5173/'))?.id).toBe('demo');
    expect(adapterAt(new URL('https://compass.jinritemai.com.evil.example/screen/'))).toBeNull();
    expect(adapterAt(new URL('http://compass.jinritemai.com/screen/'))).toBeNull(); // not https
  });

  it('reads manifest match patterns as the browser does', () => {
    const u = (s: string) => new URL(s);
    expect(matchesPattern('https://*.example.com/live/*', u('https://a.b.example.com/live/x'))).toBe(true);
    expect(matchesPattern('https://*.example.com/live/*', u('https://example.com/live/'))).toBe(true);
    expect(matchesPattern('https://*.example.com/live/*', u('https://notexample.com/live/x'))).toBe(false);
    expect(matchesPattern('https://*.example.com/live/*', u('https://a.example.com/other'))).toBe(false);
    expect(matchesPattern('*://example.com/*', u('http://example.com/'))).toBe(true);
    expect(matchesPattern('*://example.com/*', u('ftp://example.com/'))).toBe(false);
    expect(matchesPattern('http://127.0.0.1/*', u('http://127.0.0.1:9/wallboard'))).toBe(true); // any port
  });

  it('runs the stage adapters only where a platform script already runs, and finds a page’s by its address', () => {
    for (const a of stageAdapters) {
      for (const h of a.hosts) {
        const page = new URL(h.replace(/\*$/, '/list'));
        expect(
          contentMatches.some((m) => matchesPattern(m, page)),
          h,
        ).toBe(true);
      }
    }
    const doc = {} as Document; // the stage adapters decide by address
    expect(stageAdapterFor(new URL('https://seller-us.tiktok.com/order?tab=to_ship'), doc)?.id).toBe('tiktok-orders');
    expect(stageAdapterFor(new URL('https://fxg.jinritemai.com/ffa/morder/order/list'), doc)?.id).toBe('douyin-orders');
    expect(stageAdapterFor(new URL('https://seller-us.tiktok.com/compass/live-dashboard'), doc)).toBeNull();
  });
});
