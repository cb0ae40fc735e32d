import { isTapReplay, TAP_CHANNEL, type TapMessage } from '../../core/capture/tap-protocol';

/**
 * The network tap, run in the dashboard page's own world: it reads the JSON responses the page already
 * fetches, for the endpoint paths given. It only reads: every request and response goes on untouched (a
 * clone is read), and what it reads goes nowhere but to the content script of this same page, which
 * validates it. Installed once per page however often it is run. It keeps the latest response of each
 * endpoint and posts them again when the content script asks (TAP_REPLAY): it may start listening
 * after a once-only answer went by.
 */
export function installTap(window: Window & typeof globalThis, paths: readonly string[]): void {
  const mark = window as unknown as { __lesRadarTap?: boolean };
  if (mark.__lesRadarTap) return;
  mark.__lesRadarTap = true;
  const MAX_CHARS = 2_000_000;
  const wanted = (url: string) => paths.some((p) => url.includes(p));
  const latest = new Map<string, TapMessage>();
  const post = (url: string, text: string) => {
    if (text.length > MAX_CHARS) return;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return; // not JSON: not ours to judge
    }
    const msg: TapMessage = { channel: TAP_CHANNEL, url, body };
    latest.set(paths.find((p) => url.includes(p)) ?? url, msg);
    window.postMessage(msg, window.location.origin);
  };
  window.addEventListener('message', (e) => {
    if (e.source !== window || !isTapReplay(e.data)) return;
    for (const msg of latest.values()) window.postMessage(msg, window.location.origin);
  });

  const fetch0 = window.fetch;
  window.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const pending = fetch0.apply(this, args);
    pending.then((res) => {
      if (wanted(res.url))
        res
          .clone()
          .text()
          .then((t) => post(res.url, t), noop);
    }, noop);
    return pending;
  } as typeof fetch;

  const XHR = window.XMLHttpRequest;
  const open0 = XHR.prototype.open;
  const hooked = new WeakSet<XMLHttpRequest>();
  XHR.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const url = String(args[1]);
    // A reused request object is listened to once, however often it is opened.
    if (wanted(url) && !hooked.has(this)) {
      hooked.add(this);
      this.addEventListener('load', () => {
        const type = this.responseType;
        const at = this.responseURL || url;
        if (!wanted(at)) return;
        if (type === '' || type === 'text') post(at, this.responseText);
        else if (type === 'json') post(at, JSON.stringify(this.response));
      });
    }
    return (open0 as (...a: unknown[]) => void).apply(this, args);
  } as typeof XHR.prototype.open;
}

function noop() {}
