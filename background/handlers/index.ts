import { captureConfig } from './capture-config';
import { deleteStream } from './delete-stream';
import { eraseAll } from './erase-all';
import { feedKnown } from './feed-known';
import { getEstimate } from './get-estimate';
import { getOverlay } from './get-overlay';
import type { HandlerMap } from './handler';
import { historyInsights } from './history-insights';
import { listStreams } from './list-streams';
import { manualCount } from './manual-count';
import { saveBinding } from './save-binding';
import { setRunOfShow } from './set-run-of-show';
import { snapshots } from './snapshots';
import { stageReading } from './stage-reading';
import { streamDetail } from './stream-detail';
import { streamHead } from './stream-head';
import { whatIf } from './what-if';

/** The background's answer to each message type of the contract, one file each; a missing type fails type-check. */
export const handlers: HandlerMap = {
  snapshots,
  'stream-head': streamHead,
  'feed-known': feedKnown,
  'manual-count': manualCount,
  'capture-config': captureConfig,
  'save-binding': saveBinding,
  'stage-reading': stageReading,
  'get-estimate': getEstimate,
  'get-overlay': getOverlay,
  'list-streams': listStreams,
  'history-insights': historyInsights,
  'stream-detail': streamDetail,
  'what-if': whatIf,
  'set-run-of-show': setRunOfShow,
  'delete-stream': deleteStream,
  'erase-all': eraseAll,
};

export type { BackgroundDeps, HandlerContext } from './handler';
