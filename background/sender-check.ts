import { browser } from 'wxt/browser';
import { contentMatches, matchesPattern } from '../core/adapters/registry';
import { captureContract } from '../core/contract/capture';
import type { Sender } from '../runtime/messaging';
import { onlyExtensionPages } from './handlers/extension-page';

/** What a sender is checked against: this extension, its pages' origin, and the pages its content script runs on. */
export type SenderRules = {
  id: string;
  /** The extension's own origin ("chrome-extension://<id>/"): its popup, options, report, side panel, offscreen. */
  origin: string;
  /** The content scripts' match patterns, as built (a production build matches no local page). */
  matches: readonly string[];
  /** The sites the seller granted at run time (the picker's optional host permissions). */
  granted: () => Promise<readonly string[]>;
};

/** The message types of the content script's slice of the contract: all a web page's script may send. */
const CONTENT_TYPES: ReadonlySet<string> = new Set(Object.keys(captureContract.background));

/**
 * Why the background refuses a message from this sender, or null when it may send it. One chokepoint
 * before any handler: a message from LES Radar's own pages may be anything; one from a content script
 * only what capture sends, and only from a page the content script is declared for or the seller granted.
 * A compromised page's renderer can then neither erase the history nor write to a stream from elsewhere.
 */
export async function senderProblem(
  type: string,
  sender: Sender & { url?: string },
  rules: SenderRules,
): Promise<string | null> {
  if (sender.id !== rules.id) return `${type}: not from LES Radar`;
  const url = sender.url ?? '';
  if (url.startsWith(rules.origin)) return null;
  if (!CONTENT_TYPES.has(type)) return onlyExtensionPages(type).error.message;
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return `${type}: the sending page has no address`;
  }
  const on = (patterns: readonly string[]) => patterns.some((p) => matchesPattern(p, page));
  if (sender.tab && (on(rules.matches) || on(await rules.granted()))) return null;
  return `${type}: LES Radar does not capture on ${page.origin}${page.pathname}`;
}

/** The rules of the running extension. */
export function browserRules(): SenderRules {
  const matches = builtMatches() ?? contentMatches;
  return {
    id: browser.runtime.id,
    origin: browser.runtime.getURL('/'),
    matches,
    granted: async () => {
      try {
        return (await browser.permissions.getAll()).origins ?? [];
      } catch {
        return []; // unknown grants are no grants: a failure here refuses rather than lets through
      }
    },
  };
}

function builtMatches(): string[] | null {
  try {
    return browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? null;
  } catch {
    return null; // the unit tests' fake browser has no manifest: the registry's patterns stand in for it
  }
}
