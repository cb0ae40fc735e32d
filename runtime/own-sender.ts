import { browser } from 'wxt/browser';

/**
 * Whether a runtime message comes from LES Radar itself — its background, offscreen document or pages —
 * and not from a content script, which shares the id but whose url is the web page's. The extension's
 * pages and offscreen document listen to nothing else: only the background answers a content script
 * (and checks it, background/sender-check.ts).
 */
export function fromLesRadar(sender: { id?: string; url?: string } | undefined): boolean {
  return (
    sender?.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}
