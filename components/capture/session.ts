import type { DashboardAdapter } from '../../core/adapters/adapter';
import type { Estimate } from '../../core/estimate';
import { Outbox } from '../../core/outbox';
import type { Result } from '../../core/result';
import type { Snapshot } from '../../core/snapshot';

/** What the overlay shows about capture on this tab. */
export type CaptureState = {
  status: 'starting' | 'live' | 'lost';
  streamId: string | null;
  paidOrders: number | null;
  problem: string | null;
  unacknowledged: number;
  estimate: Estimate | null;
};

export type CaptureLink = {
  snapshots(batch: Snapshot[]): Promise<Result<{ ackedSeq: number }>>;
  streamHead(streamId: string): Promise<Result<{ lastSeq: number | null }>>;
  estimate(streamId: string): Promise<Result<Estimate | null>>;
};

export type CaptureDeps = {
  win: Window & typeof globalThis;
  adapter: DashboardAdapter;
  link: CaptureLink;
  onChange(state: CaptureState): void;
  refreshMs?: number;
};

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5000;

/**
 * Watches the page's paid-order counter and ships every change to the background as a numbered
 * snapshot. Unacknowledged snapshots stay in the outbox and are resent (with backoff) until the
 * background, which may be stopped at any moment, confirms it stored them.
 */
export function startCapture({ win, adapter, link, onChange, refreshMs = 5000 }: CaptureDeps) {
  const doc = win.document;
  const state: CaptureState = {
    status: 'starting',
    streamId: null,
    paidOrders: null,
    problem: null,
    unacknowledged: 0,
    estimate: null,
  };
  let outbox: Outbox | null = null;
  let counter: Element | null = null;
  let lastValue: number | null = null;
  let sending = false;
  let retryMs = RETRY_MIN_MS;
  let stopped = false;
  const emit = (patch: Partial<CaptureState>) => {
    Object.assign(state, patch, { unacknowledged: outbox?.size ?? 0 });
    onChange({ ...state });
  };

  // Before the first good reading the page may still be loading ("—"): that is starting, not lost.
  const lost = (problem: string) => {
    const status = lastValue === null ? 'starting' : 'lost';
    if (state.status !== status || state.problem !== problem) emit({ status, problem });
  };

  const read = () => {
    if (!outbox) return;
    if (!counter?.isConnected) counter = adapter.findCounter(doc);
    if (!counter) return lost(`${adapter.id}: paid-order counter not found on the page`);
    const parsed = adapter.readCounter(counter);
    if (!parsed.ok) return lost(`${adapter.id}: ${parsed.reason}`);
    if (parsed.value !== lastValue) {
      lastValue = parsed.value;
      outbox.add(Date.now(), parsed.value);
      void flush();
    }
    if (state.status !== 'live' || state.paidOrders !== parsed.value) {
      emit({ status: 'live', problem: null, paidOrders: parsed.value });
    }
  };

  const flush = async (): Promise<void> => {
    if (!outbox || sending || outbox.size === 0 || stopped) return;
    sending = true;
    const reply = await link.snapshots(outbox.batch());
    sending = false;
    if (reply.ok) {
      outbox.ack(reply.data.ackedSeq);
      retryMs = RETRY_MIN_MS;
      emit({});
      return flush();
    }
    win.setTimeout(flush, retryMs); // the background is restarting or busy: keep the snapshots and retry
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  const refresh = async () => {
    if (!state.streamId) return;
    const reply = await link.estimate(state.streamId);
    if (reply.ok && reply.data) emit({ estimate: reply.data });
  };

  const begin = async () => {
    const streamId = adapter.streamId(new URL(win.location.href), doc);
    if (!streamId) return lost(`${adapter.id}: no live stream id on the page`);
    const head = await link.streamHead(streamId);
    if (stopped) return;
    if (!head.ok) {
      win.setTimeout(begin, RETRY_MAX_MS);
      return emit({ problem: `background: ${head.error.message}` });
    }
    // A reloaded tab continues the stream's numbering after what is already stored.
    outbox = new Outbox(streamId, adapter.id, (head.data.lastSeq ?? -1) + 1);
    emit({ streamId });
    read();
  };

  const observer = new win.MutationObserver(read);
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true });
  const timer = win.setInterval(refresh, refreshMs);
  void begin();

  return {
    setEstimate(estimate: Estimate) {
      if (estimate.streamId === state.streamId) emit({ estimate });
    },
    stop() {
      stopped = true;
      observer.disconnect();
      win.clearInterval(timer);
    },
  };
}
