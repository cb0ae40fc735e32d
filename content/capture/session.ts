import type { DashboardAdapter, NetworkReading } from '../../core/adapters/adapter';
import { CountGuard, PaidEvents } from '../../core/capture/count-guard';
import { judgeHealth, NETWORK_GRACE_MS, STALE_AFTER_MS } from '../../core/capture/health';
import { Outbox } from '../../core/capture/outbox';
import { asTapMessage } from '../../core/capture/tap-protocol';
import type { OverlayView } from '../../core/faces/overlay-view';
import type { Result } from '../../core/lib/result';
import type { Snapshot } from '../../core/records/snapshot';
import { leadStream } from './leadership';
import { createSender, newCaptureId, type SnapshotAck } from './sender';
import { type CaptureState, initialState, type Source } from './state';

export type { CaptureState } from './state';

export type CaptureLink = {
  snapshots(batch: Snapshot[]): Promise<Result<SnapshotAck>>;
  streamHead(streamId: string): Promise<Result<{ lastSeq: number | null; lastPaidOrders: number | null }>>;
};

const RETRY_HEAD_MS = 5000;
/** Readings not stored after this long make capture "lost": the page may look fine, nothing is kept. */
export const UNSTORED_LOST_MS = 15_000;

export type CaptureDeps = {
  win: Window & typeof globalThis;
  adapter: DashboardAdapter;
  link: CaptureLink;
  onChange(state: CaptureState): void;
  now?: () => number;
  tickMs?: number;
  lead?: typeof leadStream;
};

/**
 * Watches one page: the adapter's network tap (the page's own JSON) first, its DOM counter second.
 * Every rise of the paid-order count goes to the background as a numbered snapshot; health is judged
 * every tick, so a counter that disappears or stops parsing shows "capture lost" within seconds.
 */
export function startCapture({
  win,
  adapter,
  link,
  onChange,
  now = Date.now,
  tickMs = 1000,
  lead = leadStream,
}: CaptureDeps) {
  const doc = win.document;
  const state = initialState(adapter.label);
  const startedAt = now();
  const guard = new CountGuard();
  const events = new PaidEvents();
  let sender: ReturnType<typeof createSender> | null = null;
  let outbox: Outbox | null = null;
  let counter: Element | null = null;
  let lastGoodAt: number | null = null;
  let failingSince: number | null = null;
  let lastDataAt: number | null = null;
  let networkAt: number | null = null;
  let totalAt: number | null = null;
  let exactAt: number | null = null;
  let waiting: { value: number; source: Source; approximate: boolean } | null = null;
  let unapplied = 0;
  let release = () => {};
  let beginning = false;
  let retryAt = 0;
  let sendError: string | null = null;
  let stopped = false;

  // The overlay redraws only when something it shows changed: a busy page mutates all the time.
  const emit = (patch: Partial<CaptureState> = {}) => {
    if (stopped) return; // a late acknowledgement must not bring a stopped capture back to life
    const next = { ...state, ...patch, unacknowledged: outbox?.size ?? 0 };
    if ((Object.keys(next) as (keyof CaptureState)[]).every((k) => next[k] === state[k])) return;
    Object.assign(state, next);
    onChange({ ...state });
  };
  const fresh = (at: number | null) => at !== null && now() - at < STALE_AFTER_MS;

  const fail = (problem: string) => {
    failingSince ??= now();
    emit({ problem: `${adapter.label}: ${problem}` });
  };

  /** A readable count from one source; recorded if it rises and no better source is current. */
  const offer = (value: number, source: Source, approximate = false) => {
    const at = now();
    lastGoodAt = at;
    failingSince = null;
    const fromText = source === 'page' || source === 'picked';
    if (fromText && fresh(totalAt)) return emit({ problem: null }); // the page's data outranks its text
    // The page redraws its text in the same task its data arrives, before the tap's message: on a
    // page with a tap, text waits a moment for the first data, so the count starts from the data.
    if (fromText && adapter.network && networkAt === null && at - startedAt < NETWORK_GRACE_MS) return;
    if (approximate && fresh(exactAt)) return;
    if (!approximate) exactAt = at;
    if (source === 'network') totalAt = at;
    if (value !== state.paidOrders) lastDataAt = at;
    if (!sender) {
      waiting = { value, source, approximate };
      return emit({ source, problem: null });
    }
    const verdict = guard.accept(value);
    if (verdict.record) sender.record(at, value, `${adapter.id}/${source}`);
    const note =
      verdict.record || verdict.reason === 'same'
        ? null
        : `the page shows ${value}, below the ${verdict.floor} already recorded; waiting until it passes`;
    emit({ source, paidOrders: guard.recorded, problem: null, note, lastReadingAt: at });
  };

  const readDom = () => {
    if (!counter?.isConnected) counter = adapter.findCounter(doc);
    if (!counter) return fresh(networkAt) ? undefined : fail('paid-order counter not found on the page');
    const parsed = adapter.readCounter(counter);
    if (!parsed.ok) return fresh(networkAt) ? undefined : fail(parsed.reason);
    offer(parsed.value, adapter.id === 'picked' ? 'picked' : 'page', 'approximate' in parsed && !!parsed.approximate);
  };

  const onReadings = (readings: NetworkReading[]) => {
    networkAt = now();
    lastDataAt = networkAt; // data arriving is not stale, whether or not the count moved
    for (const r of readings) {
      const id = r.roomId && `${adapter.streamPrefix}:${r.roomId}`;
      if (!state.streamId && id && !(r.kind === 'paid-total' && r.live === false)) void begin(id);
      if (id && id !== state.streamId) continue; // another room's figures (e.g. today's earlier streams)
      if (r.kind === 'paid-total') offer(r.paidOrders, 'network');
      else {
        // Every id is remembered, so none counts later as new; the new ones add to the count only
        // while capturing and while nothing exact shows a total (see PaidEvents). On standby, the
        // capturing tab's count already holds them.
        const added = events.add(r.orders.map((o) => o.id));
        if (sender && (!fresh(exactAt) || state.source === 'network-events')) {
          unapplied += added;
          applyEvents();
        }
      }
    }
  };

  // New paid orders from events wait until the recorded count they add to is known.
  const applyEvents = () => {
    if (!sender || guard.recorded === null || unapplied === 0) return;
    const value = guard.recorded + unapplied;
    unapplied = 0;
    offer(value, 'network-events');
  };

  const onMessage = (e: MessageEvent) => {
    const tap = e.source === win ? asTapMessage(e.data) : null;
    const net = adapter.network;
    if (!tap || !net) return;
    const url = new URL(tap.url, win.location.href);
    if (!net.paths.some((p) => url.pathname.includes(p))) return;
    const parsed = net.parse(url, tap.body);
    if (parsed.ok) onReadings(parsed.readings);
    else fail(`page data ${url.pathname}: ${parsed.reason}`);
  };

  const begin = async (streamId: string) => {
    if (state.streamId || stopped || beginning) return;
    beginning = true;
    emit({ streamId, status: 'standby' });
    release = lead(win, streamId, async () => {
      const head = await link.streamHead(streamId);
      if (stopped) return;
      if (!head.ok) {
        // Let go of the stream's lock (another tab may capture it) and try again in a while.
        release();
        beginning = false;
        retryAt = now() + RETRY_HEAD_MS;
        return emit({ streamId: null, status: 'starting', problem: `background: ${head.error.message}` });
      }
      // A reloaded tab continues after what is stored, and never records below the stored count.
      outbox = new Outbox(streamId, newCaptureId(), (head.data.lastSeq ?? -1) + 1);
      sender = createSender(win, outbox, link.snapshots, (error) => {
        sendError = error;
        emit();
      });
      if (head.data.lastPaidOrders !== null) guard.accept(head.data.lastPaidOrders);
      emit({ status: 'starting', paidOrders: guard.recorded });
      if (waiting) offer(waiting.value, waiting.source, waiting.approximate);
      unapplied = 0; // events seen before capturing are in the stored count already
      applyEvents();
      readDom();
    });
  };

  const tick = () => {
    if (!sender) {
      const id = state.streamId ?? adapter.streamId(new URL(win.location.href), doc);
      if (id && now() >= retryAt) void begin(id);
      else if (now() - startedAt > 10_000)
        emit({ status: 'lost', problem: `${adapter.label}: no live room id on the page` });
      return;
    }
    readDom();
    // Readings the background has not stored for a while: capture is not working, whatever the page shows.
    const oldest = outbox?.oldestAt ?? null;
    if (oldest !== null && now() - oldest >= UNSTORED_LOST_MS) {
      const s = Math.round((now() - oldest) / 1000);
      // An updated or reloaded extension leaves this script orphaned: only a page reload helps.
      const orphaned = /context invalidated/i.test(sendError ?? '');
      return emit({
        status: 'lost',
        problem: orphaned
          ? 'LES Radar was updated or reloaded: reload this page to capture again'
          : `background: readings not stored for ${s} s (${sendError ?? 'no answer'})`,
      });
    }
    const status = judgeHealth({
      now: now(),
      startedAt,
      lastGoodAt,
      failingSince,
      lastDataAt,
      expectsData: networkAt !== null,
    });
    if (status !== state.status) emit({ status });
  };

  // Only mutations that touch the counter (or remove it) are read: the rest of a live page churns.
  const observer = new win.MutationObserver((records) => {
    if (!sender) return;
    const c = counter;
    if (!c?.isConnected || records.some((r) => c.contains(r.target) || r.target.contains(c))) readDom();
  });
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true });
  win.addEventListener('message', onMessage);
  const timer = win.setInterval(tick, tickMs);
  tick();

  return {
    setView(view: OverlayView) {
      if (view.streamId === state.streamId) emit({ view });
    },
    state: () => ({ ...state }),
    stop() {
      stopped = true;
      observer.disconnect();
      win.removeEventListener('message', onMessage);
      win.clearInterval(timer);
      sender?.stop();
      release();
    },
  };
}
