import { loadHistoryInsights } from '../history-insights';
import { fromStorage, type Handler } from './handler';

export const historyInsights: Handler<'history-insights'> = async (_payload, ctx) => {
  const settings = await ctx.loadSettings();
  return fromStorage(() => loadHistoryInsights(ctx.db, settings, ctx.now()));
};
