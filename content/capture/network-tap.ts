import { fieldsFor, pickFields, pickUrl } from '../../core/capture/tap-fields';
import { isTapReplay, type TapResponse } from '../../core/capture/tap-protocol';
import { disguise } from './disguise';
import { awaitTapPort } from './tap-handshake';

type Fields = Readonly<Record<string, readonly string[]>>;
const MAX_CHARS = 2_000_000;

/**
 * The network tap, run in the dashboard page's own world: it reads the JSON responses the page already
 * fetches, for the endpoint paths given. It only reads: every request and response goes on untouched (a
 * clone is read). What it reads goes nowhere but over the private port the content script hands it at
 * document_start (tap-handshake.ts), cut to the fields the adapter reads: never on the window's message
 * bus, never a buyer's field. It keeps the latest response of each endpoint and sends them again when
 * the content script asks (TAP_REPLAY): capture may start listening after a once-only answer went by.
 * It leaves nothing on the page's globals, and the patched fetch and XHR open read as the native ones.
 *
 * `token`: the handshake's token when the content script put it in the tap's script element (Firefox);
 * null in Chrome, where the tap takes it from the root element.
 */
export function installTap(win: Window & typeof globalThis, fields: Fields, token: string | null): void {
  const latest = new Map<string, TapResponse>();
  let port: MessagePort | null = null;
  const post = (url: string, text: string) => {
    const at = new URL(url, win.location.href);
    const wanted = fieldsFor(at.pathname, fields);
    if (!wanted || text.length > MAX_CHARS) return;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return; // not JSON: not ours to judge
    }
    const msg: TapResponse = {
      kind: 'response',
      url: pickUrl(url, wanted, win.location.href),
      body: pickFields(body, wanted),
    };
    latest.set(Object.keys(fields).find((p) => at.pathname.includes(p)) ?? at.pathname, msg);
    port?.postMessage(msg);
  };
  awaitTapPort(win, token, (p) => {
    port = p;
    p.onmessage = (e) => {
      if (isTapReplay(e.data)) for (const msg of latest.values()) p.postMessage(msg);
    };
  });

  const reads = (url: string) => {
    try {
      return fieldsFor(new URL(url, win.location.href).pathname, fields) !== null;
    } catch {
      return false;
    }
  };

  const fetch0 = win.fetch;
  win.fetch = disguise(
    win,
    new Proxy(fetch0, {
      apply(target, self, args: Parameters<typeof fetch>) {
        const pending = Reflect.apply(target, self, args) as Promise<Response>;
        pending.then((res) => {
          if (reads(res.url))
            res
              .clone()
              .text()
              .then((t) => post(res.url, t), noop);
        }, noop);
        return pending;
      },
    }),
    fetch0,
  );

  const proto = win.XMLHttpRequest.prototype;
  const open0 = proto.open;
  const hooked = new WeakSet<XMLHttpRequest>();
  proto.open = disguise(
    win,
    new Proxy(open0, {
      apply(target, self: XMLHttpRequest, args: unknown[]) {
        const url = String(args[1]);
        // A reused request object is listened to once, however often it is opened.
        if (reads(url) && !hooked.has(self)) {
          hooked.add(self);
          self.addEventListener('load', () => {
            const type = self.responseType;
            const at = self.responseURL || url;
            if (type === '' || type === 'text') post(at, self.responseText);
            else if (type === 'json') post(at, JSON.stringify(self.response));
          });
        }
        return Reflect.apply(target, self, args);
      },
    }),
    open0,
  );
}

function noop() {}
