// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { QUIET_MS, withLocalStream } from '../../../../content/capture/local-stream';
import { tiktokAdapter } from '../../../../core/adapters/tiktok';
import { tiktokLiveManagerAdapter } from '../../../../core/adapters/tiktok/live-manager';
import { MINUTE } from '../../../../core/lib/time';

// LIVE Manager shows no room id (core/adapters/tiktok/live-manager.ts); its stream is named per tab and day.
const URL_LM = new URL('https://shop.tiktok.com/streamer/live/product/dashboard');
const ROOM = '7301234567890123456';
const win = window as Window & typeof globalThis;

/** A clock the test sets; local times, as the seller's day is the browser's. */
let t = new Date(2026, 10, 25, 19, 0).getTime();
const clock = () => t;
/** The page as capture starts on it (a load, a reload or a restart): a new wrapper over the same tab. */
const load = (w = win) => withLocalStream(tiktokLiveManagerAdapter, w, clock);
const streamOf = (a = load()) => a.streamId(URL_LM, document) ?? 'no stream';
const showRoom = () => {
  document.body.innerHTML = `<span>LIVE ID</span><span>${ROOM}</span>`;
};
/** Capture reading the counter once a second for `ms`, as it does while it records. */
const capture = (a: ReturnType<typeof load>, ms: number) => {
  const counter = document.createElement('span');
  counter.textContent = '987';
  for (let end = t + ms; t < end; t += 1000) a.readCounter(counter);
};

beforeEach(() => {
  t = new Date(2026, 10, 25, 19, 0).getTime();
  sessionStorage.clear(); // a new tab
  document.body.innerHTML = '<div id="guide-Step-2"><span>Orders</span><span>987</span></div>';
});

describe('a page that shows no room id', () => {
  it('records under a local stream named by this tab and the local day', () => {
    expect(streamOf()).toMatch(/^tiktok:local-[0-9a-f]{12}-2026-11-25$/);
  });

  it('keeps that stream across reloads of the tab, and another tab gets its own', () => {
    const first = streamOf();
    t += 5 * MINUTE;
    expect(streamOf(load())).toBe(first);
    sessionStorage.clear();
    const other = streamOf();
    expect(other).not.toBe(first);
    expect(other).toMatch(/^tiktok:local-[0-9a-f]{12}-2026-11-25$/);
  });

  it('keeps the local stream when a room id appears later, so the stream is neither split nor counted twice', () => {
    const local = streamOf();
    showRoom();
    expect(streamOf()).toBe(local);
    t += 30 * MINUTE;
    expect(streamOf(load())).toBe(local); // reloaded, the room now on the page
  });

  it('starts a new stream on a new day, after a quiet night', () => {
    const yesterday = streamOf();
    t = new Date(2026, 10, 26, 10, 0).getTime();
    const today = streamOf(load());
    expect(today).toMatch(/-2026-11-26$/);
    expect(today.slice(0, -10)).toBe(yesterday.slice(0, -10)); // the same tab session
  });

  it('keeps one stream that runs past midnight, reloaded at 00:40', () => {
    t = new Date(2026, 10, 25, 21, 30).getTime();
    const page = load();
    const late = streamOf(page);
    capture(page, 190 * MINUTE); // 21:30 to 00:40, reading all along: longer than QUIET_MS
    expect(streamOf(load())).toBe(late);
    // The same tab left quiet past QUIET_MS after midnight: the next stream is the new day's.
    t += QUIET_MS;
    expect(streamOf(load())).toMatch(/-2026-11-26$/);
  });

  it('ignores what the page itself left under the key, as the page shares this storage', () => {
    sessionStorage.setItem('les-radar:local-stream:tiktok-live-manager', '{"tab":"<script>","day":"x"}');
    expect(streamOf()).toMatch(/^tiktok:local-[0-9a-f]{12}-2026-11-25$/);
  });

  it('still names a stream, kept while the page lives, where the site’s storage is refused', () => {
    // What the wrapper uses of the window: its crypto, and a sessionStorage that throws when touched.
    const refused = {
      crypto: win.crypto,
      get sessionStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as typeof win;
    const first = streamOf(load(refused));
    expect(first).toMatch(/^tiktok:local-[0-9a-f]{12}-2026-11-25$/);
    expect(streamOf(load(refused))).toBe(first);
  });
});

describe('a page that names its room', () => {
  it('is named by its room when it shows one before any local stream began in the tab', () => {
    showRoom();
    expect(streamOf()).toBe(`tiktok:${ROOM}`);
    expect(sessionStorage.length).toBe(0);
  });

  it('is left alone unless its adapter opts in (Seller Center LIVE pages name their room or nothing)', () => {
    expect(withLocalStream(tiktokAdapter, win, clock)).toBe(tiktokAdapter);
  });
});
