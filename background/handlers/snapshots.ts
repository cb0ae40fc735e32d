import { storeSnapshots } from '../../storage/snapshot-store';
import { fromStorage, type Handler } from './handler';

/** Acknowledged only after the transaction commits; the estimate runs afterwards, so a slow model never delays an ack. */
export const snapshots: Handler<'snapshots'> = async (payload, ctx, sender) => {
  const ack = await fromStorage(() => storeSnapshots(ctx.db, payload.snapshots, payload.feedOrders));
  if (!ack.ok) return ack;
  const streamId = payload.snapshots[0].streamId;
  if (sender.tab?.id !== undefined) ctx.tabOfStream.set(streamId, sender.tab.id);
  ctx.schedule(streamId);
  return ack;
};
