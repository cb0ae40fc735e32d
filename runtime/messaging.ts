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
import { captureContract } from '../core/contract/capture';
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
    const built = message(to, type, payload);
    // A tab checks no payload itself (its content script bundles no zod): it is checked here, before it goes.
    const checked = to === 'tab' ? parseMessage(to, built) : null;
    if (checked && !checked.ok) return checked;
    const msg = checked ? checked.data : built;
    const raw =
      tabId === undefined ? await browser.runtime.sendMessage(msg) : await browser.tabs.sendMessage(tabId, msg);
    return parseReply(to, type, raw);
  } catch (error) {
    return failFrom('unreachable', error);
  }
}

export type Sender = { tab?: { id?: number }; id?: string; url?: string };
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
    // The content script bundles no zod (issue #17): what the background answers it is checked here, before it goes.
    const checked = (reply: Result<unknown>) =>
      context === 'background' && Object.hasOwn(captureContract.background, parsed.data.type)
        ? parseReply('background', parsed.data.type as MessageType<'background'>, reply)
        : reply;
    handle(parsed.data, sender).then(
      (reply) => sendResponse(checked(reply)),
      (error) => sendResponse(failFrom('internal-error', error)),
    );
    return true; // Chrome keeps the channel open for the asynchronous answer
  });
}
