import { eraseAll as eraseEverything } from '../../storage/lifecycle/erase-all';
import { fromStorage, type Handler } from './handler';

/**
 * Options → background: every object store emptied and every registered storage key removed. Only
 * LES Radar's own pages get here (background/sender-check.ts).
 */
export const eraseAll: Handler<'erase-all'> = async (_payload, ctx) => {
  const erased = await fromStorage(() => eraseEverything(ctx.db));
  if (erased.ok) ctx.tabOfStream.clear();
  return erased;
};
