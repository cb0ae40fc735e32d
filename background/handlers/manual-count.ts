import { storeManualCount } from '../../storage/snapshot-store';
import { fromStorage, type Handler } from './handler';

export const manualCount: Handler<'manual-count'> = async ({ streamId, paidOrders, at }, ctx) => {
  const stored = await fromStorage(() => storeManualCount(ctx.db, streamId, at ?? ctx.now(), paidOrders));
  if (stored.ok) ctx.schedule(streamId);
  return stored;
};
