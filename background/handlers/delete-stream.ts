import { deleteStream as removeStream } from '../../storage/lifecycle/delete-stream';
import { fromExtensionPage, onlyExtensionPages } from './extension-page';
import { fromStorage, type Handler } from './handler';

/** Options → background: every row of one stream in every table, in one transaction; how many of each went. */
export const deleteStream: Handler<'delete-stream'> = async ({ streamId }, ctx, sender) => {
  if (!fromExtensionPage(sender)) return onlyExtensionPages('delete-stream');
  const removed = await fromStorage(() => removeStream(ctx.db, streamId));
  // A tab still capturing it starts the stream afresh; the background forgets which tab that was.
  if (removed.ok) ctx.tabOfStream.delete(streamId);
  return removed;
};
