import type { RadarDb } from '../db';
import { type RemovedStreams, removeStreams } from './remove-streams';

/**
 * "Delete this stream" on the options page: every row of the stream in every table, in one
 * transaction. The imported orders stay: they are the shop's history, not the stream's (a stream's
 * report finds its orders by live room or paid time; none is stored with the stream).
 */
export function deleteStream(db: RadarDb, streamId: string): Promise<RemovedStreams> {
  return removeStreams(db, [streamId]);
}
