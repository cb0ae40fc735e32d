import type { CaptureStatus } from '../../core/capture/health-schema';
import type { CountSource } from '../../core/capture/source-arbiter';
import type { OverlayView } from '../../core/faces/overlay-view';

/** Where the count came from (core/capture/source-arbiter.ts decides which source to believe). */
export type Source = CountSource;

/** What the overlay and the popup show about capture on this tab. */
export type CaptureState = {
  status: CaptureStatus['status'];
  adapter: string;
  source: Source | null;
  streamId: string | null;
  paidOrders: number | null;
  /** Why capture fails, naming the page and the source. */
  problem: string | null;
  /** Something worth saying that is not a failure (a reading held back below the recorded count). */
  note: string | null;
  lastReadingAt: number | null;
  unacknowledged: number;
  view: OverlayView | null;
};

export const initialState = (adapter: string): CaptureState => ({
  status: 'starting',
  adapter,
  source: null,
  streamId: null,
  paidOrders: null,
  problem: null,
  note: null,
  lastReadingAt: null,
  unacknowledged: 0,
  view: null,
});

const SOURCE_WORDS: Record<Source, string> = {
  network: 'page data',
  'network-events': 'page order feed',
  page: 'page counter',
  picked: 'picked number',
};

/** The popup's view of a tab's capture (the contract's capture-status reply). */
export const toStatus = (s: CaptureState): CaptureStatus => ({
  status: s.status,
  source: s.source && SOURCE_WORDS[s.source],
  adapter: s.adapter,
  streamId: s.streamId,
  paidOrders: s.paidOrders,
  // A held reading is no failure, yet the popup's capture line says so too (the overlay shows it as an aside).
  problem: s.problem ?? s.note,
  lastReadingAt: s.lastReadingAt,
});
