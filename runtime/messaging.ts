import { browser } from 'wxt/browser';
import {
  type Context,
  isFor,
  type MessageType,
  message,
  type ParsedMessage,
  type Payload,
  parseMessage,
  parseReply,
  type Reply,
} from '../core/contract';
import { failFrom, type Result } from '../core/lib/result';
import { fromLesRadar } from './own-sender';

/**
 * The runtime side of the contract: `request` sends a checked message and validates the reply;
 * `listen` answers only what is addressed to its context, rejecting a bad shape with a clear error.
 */
export async function request<C extends Context, T extends MessageType<C>>(
  to: C,
  type: T,
  payload: Payload<C, T>,
  tabId?: number,
): Promise<Result<Reply<C, T>>> {
  try {
    const msg = message(to, type, payload);
    const raw =
      tabId === undefined ? await browser.runtime.sendMessage(msg) : await browser.tabs.sendMessage(tabId, msg);
    return parseReply(to, type, raw);
  } catch (error) {
    return failFrom('unreachable', error);
  }
}

export type Sender = { tab?: { id?: number }; id?: string };
export type Handler<C extends Context> = (msg: ParsedMessage<C>, sender: Sender) => Promise<Result<unknown>>;

export function listen<C extends Context>(context: C, handle: Handler<C>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    if (!isFor(context, raw)) return undefined; // another context answers it
    // The background checks its senders itself (background/sender-check.ts); the others hear LES Radar only.
    if (context !== 'background' && !fromLesRadar(sender as Sender & { url?: string })) return undefined;
    const parsed = parseMessage(context, raw);
    if (!parsed.ok) {
      sendResponse(parsed);
      return undefined;
    }
    handle(parsed.data, sender).then(sendResponse, (error) => sendResponse(failFrom('internal-error', error)));
    return true; // Chrome keeps the channel open for the asynchronous answer
  });
}
