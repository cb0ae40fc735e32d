import { browser } from 'wxt/browser';
import { type Failure, fail } from '../../core/lib/result';
import type { Sender } from '../../runtime/messaging';

/**
 * Whether a message comes from one of LES Radar's own pages (options, report, popup): this extension's
 * id and a page under its own origin. A content script shares the id but its sender's url is the web
 * page's, so a page the seller visits can never ask for what destroys data.
 */
export function fromExtensionPage(sender: Sender & { url?: string }): boolean {
  const origin = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/** The refusal a handler returns to any other sender. */
export const onlyExtensionPages = (type: string): Failure =>
  fail('invalid-message', `${type}: only LES Radar's own pages may send this message`);
