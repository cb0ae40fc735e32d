import type { DashboardAdapter } from '../../core/adapters/adapter';
import { HOUR, MINUTE } from '../../core/lib/time';

/**
 * A stream for a page that names none (TikTok LIVE Manager shows no room id), for adapters that opt in
 * (`localStreamWhenNoRoom`): `<prefix>:local-<tab>-<day>`, where <tab> is a random id kept in the
 * page's sessionStorage (it survives reloads of this tab; another tab is another session) and <day> the
 * local date the stream began.
 *
 * Once a tab session started a local stream it keeps it, even if a room id appears later: switching
 * would split one stream in two, and the second half would start from the page's cumulative count and
 * count it again. (Joining that room to the local stream needs a contract change: not done.)
 * A new day is a new stream, unless this one was in use within QUIET_MS: a stream running past
 * midnight and reloaded at 00:30 is still one stream.
 */
export const QUIET_MS = 2 * HOUR;
/** How often a capturing page notes its stream is still in use: one small sessionStorage write. */
const TOUCH_MS = MINUTE;
const KEY = 'les-radar:local-stream';

type Kept = { tab: string; day: string; seenAt: number };

/** Where sessionStorage is refused (site data blocked): kept for the page's life, not across reloads. */
const memories = new WeakMap<Window, Map<string, Kept>>();

export function withLocalStream(
  adapter: DashboardAdapter,
  win: Window & typeof globalThis,
  now: () => number = Date.now,
): DashboardAdapter {
  if (!adapter.localStreamWhenNoRoom) return adapter;
  const key = `${KEY}:${adapter.id}`;
  const memory = memories.get(win) ?? new Map<string, Kept>();
  memories.set(win, memory);
  const idOf = (k: Kept) => `${adapter.streamPrefix}:local-${k.tab}-${k.day}`;
  let active: Kept | null = null; // the local stream this capture names, once it names one

  const save = (k: Kept) => {
    memory.set(key, k);
    try {
      win.sessionStorage.setItem(key, JSON.stringify(k));
    } catch {}
    active = k;
  };
  /** Notes the stream in use, writing at most once a minute. */
  const touch = (k: Kept) => {
    if (now() - k.seenAt >= TOUCH_MS) save({ ...k, seenAt: now() });
    else active = k;
  };

  return {
    ...adapter,
    streamId(url, doc) {
      const stored = load(win, key, memory);
      const day = localDay(now());
      if (stored && (stored.day === day || now() - stored.seenAt < QUIET_MS)) {
        touch(stored);
        return idOf(stored);
      }
      const room = adapter.streamId(url, doc);
      if (room) return room; // named by the page before any local stream began in this tab
      const begun = { tab: stored?.tab ?? newTabId(win), day, seenAt: now() };
      save(begun);
      return idOf(begun);
    },
    // Read every tick while capturing: the sign the stream is still in use.
    readCounter(el) {
      if (active) touch(active);
      return adapter.readCounter(el);
    },
  };
}

function load(win: Window, key: string, memory: Map<string, Kept>): Kept | null {
  let text: string | null;
  try {
    text = win.sessionStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
  // The page shares this storage: anything not shaped as ours is ignored.
  try {
    const k = JSON.parse(text ?? 'null') as Partial<Kept> | null;
    const ok =
      typeof k?.tab === 'string' &&
      /^[0-9a-f]{12}$/.test(k.tab) &&
      typeof k.day === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(k.day) &&
      Number.isFinite(k.seenAt);
    return ok ? (k as Kept) : null;
  } catch {
    return null;
  }
}

const newTabId = (win: Window) => win.crypto.randomUUID().replaceAll('-', '').slice(0, 12);

/** The browser's local date ("2026-11-25"): the seller's day. */
function localDay(t: number): string {
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
