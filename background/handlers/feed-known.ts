import { knownFeedOrders } from '../../storage/feed-order-store';
import { fromStorage, type Handler } from './handler';

/** An order feed's memory across reloads: which of a window's order ids the stream's count already holds. */
export const feedKnown: Handler<'feed-known'> = (payload, ctx) =>
  fromStorage(async () => ({ known: await knownFeedOrders(ctx.db, payload.streamId, payload.orderIds) }));
