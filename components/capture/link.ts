import { browser } from 'wxt/browser';
import { captureContract } from '../../core/contract/capture';
import {
  isFor,
  type ParsedMessageIn,
  type PayloadIn,
  parseMessageIn,
  parseReplyIn,
  type ReplyIn,
  type TypeOf,
} from '../../core/contract/define';
import { failFrom, type Result } from '../../core/result';

/**
 * The content script's side of the message contract: the capture slice only (core/contract/capture.ts),
 * so the content script does not bundle the estimate's and settings' schemas.
 */
type Capture = typeof captureContract;
type BgType = TypeOf<Capture, 'background'>;

export async function toBackground<T extends BgType>(
  type: T,
  payload: PayloadIn<Capture, 'background', T>,
): Promise<Result<ReplyIn<Capture, 'background', T>>> {
  try {
    const raw = await browser.runtime.sendMessage({ to: 'background', type, payload });
    return parseReplyIn(captureContract, 'background', type, raw);
  } catch (error) {
    return failFrom('unreachable', error);
  }
}

export type TabMessage = ParsedMessageIn<Capture, 'tab'>;

/** Answers the messages addressed to this tab (popup questions, the overlay's figures). */
export function listenAsTab(handle: (msg: TabMessage) => Result<unknown> | undefined): () => void {
  const listener = (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (!isFor('tab', raw)) return undefined;
    const msg = parseMessageIn(captureContract, 'tab', raw);
    const reply = msg.ok ? handle(msg.data) : msg;
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
