import type { DashboardAdapter, NetworkReading } from '../../core/adapters/adapter';
import { CountGuard } from '../../core/capture/count-guard';
import { Outbox } from '../../core/capture/outbox';
import { type CountReading, SourceArbiter } from '../../core/capture/source-arbiter';
import type { TapResponse } from '../../core/capture/tap-protocol';
import type { OverlayView } from '../../core/faces/overlay-view';
import type { CaptureLink } from './capture-link';
import { watchCounter } from './counter-watch';
import { feedCapture } from './feed-capture';
import { guardNote } from './guard-note';
import { leadStream } from './leadership';
import { createSender, newCaptureId } from './sender';
import { type CaptureState, initialState } from './state';
import type { TapFeed } from './tap-port';
import { unstoredProblem } from './unstored';

export type { CaptureLink, StreamHead } from './capture-link';
export type { CaptureState } from './state';
export { UNSTORED_LOST_MS } from './unstored';

const RETRY_HEAD_MS = 5000;

export type CaptureDeps = {
  win: Window & typeof globalThis;
  adapter: DashboardAdapter;
  link: CaptureLink;
  onChange(state: CaptureState): void;
  now?: () => number;
  tickMs?: number;
  lead?: typeof leadStream;
  tap?: TapFeed | null; // the page-world tap's private port (tap-port.ts), on a live page that has one
};

/**
 * Watches one page: the adapter's network tap (the page's own JSON: totals, an order feed whose new
 * orders feed-capture.ts decides with the store) and its DOM counter, which a SourceArbiter ranks.
 * Every rise of the paid-order count goes to the background as a numbered snapshot; health is judged
 * every tick, so a counter that disappears or stops parsing shows "capture lost" within seconds, and
 * a page frozen by its own dialog "paused", saying why.
 */
export function startCapture({
  win,
  adapter,
  link,
  onChange,
  now = Date.now,
  tickMs = 1000,
  lead = leadStream,
  tap = null,
}: CaptureDeps) {
  const { snapshots: send, feedKnown } = link;
  const doc = win.document;
  const state = initialState(adapter.label);
  const startedAt = now();
  const guard = new CountGuard();
  const arbiter = new SourceArbiter(startedAt, !!adapter.network);
  let sender: ReturnType<typeof createSender> | null = null;
  let outbox: Outbox | null = null;
  let counter: Element | null = null;
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

  const fail = (problem: string) => {
    arbiter.failed(now());
    emit({ problem: `${adapter.label}: ${problem}` });
  };

  /** A readable count from one source; recorded if the arbiter takes it and it rises. */
  const offer = (reading: CountReading, orderIds: readonly string[] = []) => {
    const { value, source } = reading;
    const at = now();
    const ruling = arbiter.rule(reading, at, state.paidOrders);
    if (ruling === 'outranked') return emit({ problem: null }); // readable, so no failure, yet not the count
    if (ruling !== 'take') return;
    if (!sender) return emit({ source, problem: null }); // recorded when capture begins (arbiter.taken)
    const verdict = guard.accept(value, at);
    if (verdict.record) sender.record(at, value, `${adapter.id}/${source}`, orderIds);
    emit({ source, paidOrders: guard.recorded, problem: null, note: guardNote(verdict, value), lastReadingAt: at });
  };

  const readDom = () => {
    if (!counter?.isConnected) counter = adapter.findCounter(doc);
    if (!counter) return arbiter.dataFresh(now()) ? undefined : fail('paid-order counter not found on the page');
    const parsed = adapter.readCounter(counter);
    if (!parsed.ok) return arbiter.dataFresh(now()) ? undefined : fail(parsed.reason);
    const source = adapter.id === 'picked' ? 'picked' : 'page';
    offer({ value: parsed.value, source, approximate: !!parsed.approximate });
  };

  // The feed's new orders raise the recorded count by as many, in one reading that carries their ids.
  const feed = feedCapture({
    ask: (ids) => feedKnown(state.streamId as string, ids),
    held: () => arbiter.eventsHeld(now()),
    onFresh: (ids) =>
      offer({ value: (guard.recorded ?? 0) + ids.length, source: 'network-events', approximate: false }, ids),
    now,
  });

  const onReadings = (readings: NetworkReading[]) => {
    // A room's name is no data: a page that sent only that once must not go stale for it.
    if (readings.some((r) => r.kind !== 'room')) arbiter.dataArrived(now());
    for (const r of readings) {
      const id = r.roomId && `${adapter.streamPrefix}:${r.roomId}`;
      if (!state.streamId && id && !(r.kind === 'paid-total' && r.live === false)) void begin(id);
      if (id && id !== state.streamId) continue; // another room's figures (e.g. today's earlier streams)
      if (r.kind === 'paid-total') offer({ value: r.paidOrders, source: 'network', approximate: false });
      else if (r.kind === 'paid-orders') {
        // Read, even with nothing new: the feed works. Its ids wait until capture can ask the store.
        arbiter.heard(now());
        feed.see(r.orders.map((o) => o.id));
        if (sender) void feed.ask();
      }
    }
  };

  // Only the tap's private port is heard: the window's messages are anyone's to post.
  const onTap = (response: TapResponse) => {
    const net = adapter.network;
    if (!net) return;
    const url = new URL(response.url, win.location.href);
    if (!net.paths.some((p) => url.pathname.includes(p))) return;
    const parsed = net.parse(url, response.body);
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
      const onAnswer = (error: string | null) => {
        sendError = error;
        emit();
      };
      // Another capture's count (a typed one, another tab) moved the pending readings: go on from it.
      const rebase = (count: number) => emit({ paidOrders: guard.adopt(count, now()) });
      sender = createSender(win, outbox, send, onAnswer, rebase);
      if (head.data.lastPaidOrders !== null) guard.adopt(head.data.lastPaidOrders, now());
      feed.begin(head.data);
      emit({ status: 'starting', paidOrders: guard.recorded });
      if (arbiter.taken) offer(arbiter.taken); // the count taken while capture could not begin yet
      readDom();
      void feed.ask(); // the feed's orders seen while capture could not begin yet
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
    // A page frozen by a dialog of its own: its figures stand still, so reading them says nothing.
    const why = adapter.paused?.(doc) ?? null;
    if (!why) readDom();
    void feed.ask(); // a question the background left unanswered
    // Readings unstored (or feed orders unchecked) for a while: capture is not working, whatever the page shows.
    const { since = null, error = null } = feed.failing() ?? {};
    const unstored = unstoredProblem(outbox?.oldestAt ?? since, now(), sendError ?? error);
    if (unstored) return emit({ status: 'lost', problem: unstored });
    const status = arbiter.health(now(), why !== null);
    if (why) return emit({ status, problem: `${adapter.label} paused: ${why}` });
    if (state.status === 'paused') emit({ problem: null }); // the dialog closed: its reason goes with it
    if (status !== state.status) emit({ status });
  };

  // Only mutations that touch the counter (or remove it) are read: the rest of a live page churns.
  const touches = (records: MutationRecord[]) => {
    if (!sender || state.status === 'paused') return false; // a frozen page's figures stand still
    const c = counter;
    return !c?.isConnected || records.some((r) => c.contains(r.target) || r.target.contains(c));
  };
  const watch = watchCounter(win, touches, () => !stopped && sender && readDom());
  const unlisten = adapter.network && tap ? tap.listen(onTap) : () => {};
  if (adapter.network) tap?.replay(); // what the page fetched before this listened
  const timer = win.setInterval(tick, tickMs);
  tick();

  return {
    setView(view: OverlayView) {
      if (view.streamId === state.streamId) emit({ view });
    },
    state: () => ({ ...state }),
    stop() {
      watch.stop(); // a change already seen is read first
      stopped = true;
      unlisten();
      win.clearInterval(timer);
      sender?.stop();
      release();
    },
  };
}
