import { browser } from 'wxt/browser';

/**
 * The two things the content script puts into a dashboard page, done by hand rather than with WXT's
 * UI helpers, which cost the content script about 3.5 kB gzipped of its 15 kB budget:
 * - an open shadow root for the overlay, so the page's styles never reach it and ours never leak;
 * - the page-world network tap (entrypoints/page-tap.ts; Firefox only — Chrome runs it as a MAIN-world
 *   content script), given the token of its private port (tap-port.ts).
 */
export function mountShadow(doc: Document, tag: string, css: string) {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return { container, remove: () => host.remove() };
}

/** Firefox: the tap's script, its handshake token in a data attribute the tap removes; `loaded` once it ran. */
export function injectTap(doc: Document, token: string, loaded: () => void): void {
  const script = doc.createElement('script');
  script.src = browser.runtime.getURL('/page-tap.js');
  script.dataset.token = token;
  script.onload = () => {
    script.remove();
    loaded();
  };
  (doc.head ?? doc.documentElement).append(script);
}
