import type { MessageType, ParsedPayload, Reply } from '../../core/contract';
import { failFrom, ok, type Result } from '../../core/lib/result';
import type { Estimate } from '../../core/outlook/estimate';
import type { Settings } from '../../core/settings/settings';
import type { Sender } from '../../runtime/messaging';
import type { RadarDb } from '../../storage/db';
import type { EstimatorApi } from '../../workers/estimator/estimator-service';

export type BackgroundDeps = {
  db: RadarDb;
  estimator: EstimatorApi;
  loadSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
  now: () => number;
  /** Sends a fresh estimate to the tab capturing the stream and to any open extension page. */
  publish: (estimate: Estimate, tabId: number | undefined) => void;
};

/** What every handler may use: the deps, the estimate scheduler, and which tab captures which stream. */
export type HandlerContext = BackgroundDeps & {
  /** Runs the stream's estimate soon (coalesced), then publishes it. */
  schedule: (streamId: string) => void;
  tabOfStream: Map<string, number>;
  /** The last scheduled estimate's error per stream, until one succeeds. */
  failures: ReadonlyMap<string, string>;
};

type BackgroundType = MessageType<'background'>;

/** One message type's handler, typed against the contract's reply: a wrong reply fails type-check. */
export type Handler<T extends BackgroundType> = (
  payload: ParsedPayload<'background', T>,
  ctx: HandlerContext,
  sender: Sender,
) => Promise<Result<Reply<'background', T>>>;

export type HandlerMap = { [T in BackgroundType]: Handler<T> };

/** A storage read or write as a Result: a failure is named "storage-failed" with its cause. */
export async function fromStorage<T>(read: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await read());
  } catch (error) {
    return failFrom('storage-failed', error);
  }
}
