import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import type { captureContract } from '../../core/contract/capture';
import { captureReplies, tabPayloads } from '../../core/contract/capture-replies';
import { checkReply, isFor, type PayloadIn, parseMessageIn } from '../../core/contract/define';
import { failFrom, type Result } from '../../core/lib/result';
import { fromLesRadar } from '../../runtime/own-sender';

/**
 * The content script's side of the message contract. It checks only the schemas in
 * core/contract/capture-replies.ts (the background checks what the tab sends), so it does not bundle
 * the estimate's and settings' schemas.
 */
type Capture = typeof captureContract;
type Replies = typeof captureReplies;
const tabTable = {
  tab: Object.fromEntries(Object.entries(tabPayloads).map(([k, payload]) => [k, { payload }])) as {
    [K in keyof typeof tabPayloads]: { payload: (typeof tabPayloads)[K] };
  },
};

export async function toBackground<T extends keyof Replies & string>(
  type: T,
  payload: PayloadIn<Capture, 'background', T>,
): Promise<Result<z.output<Replies[T]>>> {
  try {
    const raw = await browser.runtime.sendMessage({ to: 'background', type, payload });
    return checkReply(captureReplies[type], 'background', type, raw) as Result<z.output<Replies[T]>>;
  } catch (error) {
    return failFrom('unreachable', error);
  }
}

export type TabMessage = Extract<ReturnType<typeof parseTab>, { ok: true }>['data'];
const parseTab = (raw: unknown) => parseMessageIn(tabTable, 'tab', raw);

/** Answers the messages addressed to this tab (popup questions, the overlay's figures). */
export function listenAsTab(handle: (msg: TabMessage) => Result<unknown> | undefined): () => void {
  const listener = (raw: unknown, sender: { id?: string; url?: string }, sendResponse: (r: unknown) => void) => {
    if (!isFor('tab', raw) || !fromLesRadar(sender)) return undefined; // the popup and the background only
    const msg = parseTab(raw);
    const reply = msg.ok ? handle(msg.data) : msg;
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
