import { eraseAll as eraseEverything } from '../../storage/lifecycle/erase-all';
import { fromExtensionPage, onlyExtensionPages } from './extension-page';
import { fromStorage, type Handler } from './handler';

/** Options → background: every object store emptied and every registered storage key removed. */
export const eraseAll: Handler<'erase-all'> = async (_payload, ctx, sender) => {
  if (!fromExtensionPage(sender)) return onlyExtensionPages('erase-all');
  const erased = await fromStorage(() => eraseEverything(ctx.db));
  if (erased.ok) ctx.tabOfStream.clear();
  return erased;
};
