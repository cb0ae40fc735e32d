import 'fake-indexeddb/auto';
/** The background's handler on a fresh database, and the two kinds of sender (shared by the lifecycle handlers' tests). */
import { afterEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandler } from '../../../../background/handle-message';
import { parseMessage } from '../../../../core/contract';
import { defaultSettings } from '../../../../core/settings/settings';
import type { Sender } from '../../../../runtime/messaging';
import { freshDb } from '../../storage/history/helpers';

export const NOW = Date.parse('2026-12-05T10:00:00Z');
/** The options page as Chrome names its sender; a content script on a web page shares the id, not the url. */
export const optionsPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
export const webPage = {
  id: fakeBrowser.runtime.id,
  url: 'https://buyin.jinritemai.com/dashboard/live/control',
  tab: { id: 3 },
};

afterEach(() => fakeBrowser.reset());

export function setup() {
  const db = freshDb();
  const handle = createBackgroundHandler({
    db,
    estimator: { estimate: vi.fn(async () => null) },
    loadSettings: async () => defaultSettings,
    saveSettings: async () => {},
    now: () => NOW,
    publish: vi.fn(),
  });
  const send = async (raw: unknown, sender: Sender) => {
    const msg = parseMessage('background', raw);
    if (!msg.ok) throw new Error(msg.error.message);
    return handle(msg.data, sender);
  };
  return { db, send };
}
