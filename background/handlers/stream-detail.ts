import { loadStreamDetail } from '../stream-detail';
import { fromStorage, type Handler } from './handler';

export const streamDetail: Handler<'stream-detail'> = async ({ streamId }, ctx) => {
  const settings = await ctx.loadSettings();
  return fromStorage(() => loadStreamDetail(ctx.db, streamId, settings, ctx.now()));
};
