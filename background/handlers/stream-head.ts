import { streamHead as readHead } from '../../storage/snapshot-store';
import { fromStorage, type Handler } from './handler';

export const streamHead: Handler<'stream-head'> = (payload, ctx) =>
  fromStorage(() => readHead(ctx.db, payload.streamId));
