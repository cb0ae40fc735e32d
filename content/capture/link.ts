import { browser } from 'wxt/browser';
import type { captureContract } from '../../core/contract/capture';
import type { ParsedMessageIn, PayloadIn, ReplyIn } from '../../core/contract/define';
import { envelopeOf, isFor, resultOf } from '../../core/contract/envelope';
import { failFrom, type Result } from '../../core/lib/result';
import { fromLesRadar } from '../../runtime/own-sender';

/**
 * The content script's side of the message contract, without zod (its size is budgeted, issue #17): the
 * background checks what the tab sends, and checks against the same zod contract what it answers a tab
 * and what it or the popup sends one (runtime/messaging.ts: `listen`, `request`), so this side
 * checks only the envelope: a Result, a known message type with an object payload.
 */
type Capture = typeof captureContract;
type ToBackground = keyof Capture['background'] & string;
export type TabMessage = ParsedMessageIn<Capture, 'tab'>;
/** Every type the contract addresses to a tab, no more (a Record over the type names checks both ways). */
const TAB_TYPES = Object.keys({
  'overlay-updated': 1,
  'capture-status': 1,
  'start-picker': 1,
  'toggle-overlay': 1,
} satisfies Record<TabMessage['type'], 1>) as TabMessage['type'][];

export async function toBackground<T extends ToBackground>(
  type: T,
  payload: PayloadIn<Capture, 'background', T>,
): Promise<Result<ReplyIn<Capture, 'background', T>>> {
  try {
    const raw = await browser.runtime.sendMessage({ to: 'background', type, payload });
    return resultOf('background', type, raw) as Result<ReplyIn<Capture, 'background', T>>;
  } catch (error) {
    return failFrom('unreachable', error);
  }
}

/** Answers the messages addressed to this tab (popup questions, the overlay's figures). */
export function listenAsTab(
  handle: (msg: TabMessage) => Result<unknown> | Promise<Result<unknown>> | undefined,
): () => void {
  const listener = (raw: unknown, sender: { id?: string; url?: string }, sendResponse: (r: unknown) => void) => {
    if (!isFor('tab', raw) || !fromLesRadar(sender)) return undefined; // the popup and the background only
    const msg = envelopeOf('tab', TAB_TYPES, raw);
    const reply = msg.ok ? handle(msg.data as TabMessage) : msg;
    if (reply instanceof Promise) {
      void reply.then(sendResponse);
      return true; // Chrome keeps the channel open for the later answer
    }
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
