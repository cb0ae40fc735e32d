import type { FeedOrders, Outbox } from '../../core/capture/outbox';
import type { Result } from '../../core/lib/result';
import type { Snapshot } from '../../core/records/snapshot';

export type SnapshotAck = { ackedSeq: number; stored: number; renumberFrom?: number; headPaidOrders?: number | null };

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5000;
const COALESCE_MS = 100;

/**
 * Ships a capture's readings to the background, which may be stopped at any moment: readings stay in
 * the outbox until acknowledged and are resent with backoff; a seq another capture took first moves
 * the pending readings after it.
 */
export function createSender(
  win: Window,
  outbox: Outbox,
  /** Sends a batch with the order ids its readings counted from an order feed (often none). */
  send: (batch: Snapshot[], feedOrders: FeedOrders) => Promise<Result<SnapshotAck>>,
  /** Called after each answer: null when the readings were stored, else why not. */
  onAnswer: (error: string | null) => void,
  /** Called when another capture's count moved the pending readings: the count they now end at. */
  onRebase: (count: number) => void = () => {},
) {
  let sending = false;
  let retryMs = RETRY_MIN_MS;
  let stopped = false;

  const flush = async (): Promise<void> => {
    if (sending || outbox.size === 0 || stopped) return;
    sending = true;
    const { snapshots, feedOrders } = outbox.batch();
    const reply = await send(snapshots, feedOrders);
    sending = false;
    if (reply.ok) {
      outbox.ack(reply.data.ackedSeq);
      if (reply.data.renumberFrom !== undefined) {
        const last = outbox.renumber(reply.data.renumberFrom, reply.data.headPaidOrders ?? null);
        if (last !== null) onRebase(last);
      }
      retryMs = RETRY_MIN_MS;
      onAnswer(null);
      return flush();
    }
    onAnswer(reply.error.message);
    win.setTimeout(flush, retryMs); // the background is restarting or busy: keep the readings and retry
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  // Readings a burst of changes makes within one window go in one message: a message costs the page
  // far more than a reading.
  let pending: number | undefined;
  return {
    /** `orderIds`: the order feed's orders this reading counted, stored with it. */
    record(at: number, paidOrders: number, source: string, orderIds: readonly string[] = []) {
      outbox.add(at, paidOrders, source, orderIds);
      if (pending !== undefined) return;
      pending = win.setTimeout(() => {
        pending = undefined;
        void flush();
      }, COALESCE_MS);
    },
    /** Sends what is waiting one last time (a restart must not drop a burst), then stops retrying. */
    stop() {
      if (pending !== undefined) win.clearTimeout(pending);
      pending = undefined;
      void flush();
      stopped = true;
    },
  };
}

/** A short random id per tab session, so the store can tell two captures of one stream apart. */
export const newCaptureId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
