import { deleteStream as removeStream } from '../../storage/lifecycle/delete-stream';
import { fromStorage, type Handler } from './handler';

/**
 * Options → background: every row of one stream in every table, in one transaction; how many of each
 * went. Only LES Radar's own pages get here (background/sender-check.ts).
 */
export const deleteStream: Handler<'delete-stream'> = async ({ streamId }, ctx) => {
  const removed = await fromStorage(() => removeStream(ctx.db, streamId));
  // A tab still capturing it starts the stream afresh; the background forgets which tab that was.
  if (removed.ok) ctx.tabOfStream.delete(streamId);
  return removed;
};
