import type { RadarDb } from '../db';
import { removePlans } from '../run-of-show-store';
import { type RemovedStreams, removeStreams } from './remove-streams';

/**
 * "Delete this stream" on the options page: every row of the stream in every table, in one
 * transaction, then its run-of-show (extension storage). The imported orders stay: they are the shop's
 * history, not the stream's (a stream's report finds its orders by live room or paid time; none is
 * stored with the stream).
 */
export async function deleteStream(db: RadarDb, streamId: string): Promise<RemovedStreams & { runOfShow: number }> {
  const removed = await removeStreams(db, [streamId]);
  return { ...removed, runOfShow: await removePlans((id) => id === streamId) };
}
