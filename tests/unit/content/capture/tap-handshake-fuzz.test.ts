// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { awaitTapPort } from '../../../../content/capture/tap-handshake';
import { openTapPort } from '../../../../content/capture/tap-port';
import { TAP_TOKEN_ATTR, type TapResponse, tapHello } from '../../../../core/capture/tap-protocol';

/**
 * Fuzz (issue #16, RELIABILITY.md): 1,000 forged window messages at each end of the tap's handshake.
 * The window's message bus is anyone's: a page script or another extension may post there, having seen
 * the old format or guessing the new one. The tap takes its port from the hello with its own token only,
 * and lets every other message through to the page untouched; the content script reads nothing from the
 * window at all, only its private port.
 */
const SEED = 20261205;
const RUNS = 1000;
const TOKEN = '0123456789abcdef0123456789abcdef';

const anything = fc.anything({ withBoxedValues: true, withMap: true, withNullPrototype: true, withTypedArray: true });
const HELLO_KEY = Object.keys(tapHello(''))[0];
/** Near misses of the real hello: other tokens, its token changed, in the wrong place or the wrong type. */
const nearHello = fc.oneof(
  fc.stringMatching(/^[0-9a-f]{32}$/).map((t) => tapHello(t === TOKEN ? `${t}0` : t)),
  fc.constantFrom(
    tapHello(TOKEN.toUpperCase()),
    tapHello(`${TOKEN} `),
    tapHello(TOKEN.slice(1)),
    tapHello(''),
    { [HELLO_KEY]: [TOKEN] },
    { [HELLO_KEY]: { toString: () => TOKEN } },
    { hello: TOKEN },
    [tapHello(TOKEN)],
    JSON.stringify(tapHello(TOKEN)),
    { channel: 'les-radar-network-tap', kind: 'response', url: 'https://compass.jinritemai.com/x/today_live_room' },
  ),
);
/** The real token, but not from the window itself or without a port: what only the token's holder could send. */
const wrongCarrier = fc.constantFrom('no port', 'another source');

type Forged = { data: unknown; source: 'window' | 'none' | 'another'; port: boolean };
const forged: fc.Arbitrary<Forged> = fc.oneof(
  fc.record({
    data: anything,
    source: fc.constantFrom('window', 'none', 'another'),
    port: fc.boolean(),
  }) as fc.Arbitrary<Forged>,
  fc.record({ data: nearHello, source: fc.constantFrom('window', 'none'), port: fc.boolean() }) as fc.Arbitrary<Forged>,
  wrongCarrier.map(
    (w): Forged => ({
      data: tapHello(TOKEN),
      source: w === 'no port' ? 'window' : 'another',
      port: w !== 'no port',
    }),
  ),
);

function post({ data, source, port }: Forged): void {
  const from = source === 'window' ? window : source === 'another' ? ({} as Window) : null;
  const ports = port ? [new MessageChannel().port2] : [];
  window.dispatchEvent(new MessageEvent('message', { data, source: from, ports }));
}

describe('fuzz: 1,000 forged window messages at the tap’s handshake', () => {
  it('the tap takes no port from any of them, and the page still sees every one', () => {
    const taken: MessagePort[] = [];
    awaitTapPort(window, TOKEN, (p) => taken.push(p));
    let seenByPage = 0;
    const page = () => seenByPage++;
    window.addEventListener('message', page);
    let sent = 0;
    fc.assert(
      fc.property(forged, (f) => {
        post(f);
        sent++;
        expect(taken).toHaveLength(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(seenByPage).toBe(sent);
    // The content script's own hello is taken, and hidden from the page; a second one is not.
    const { port2 } = new MessageChannel();
    window.dispatchEvent(new MessageEvent('message', { data: tapHello(TOKEN), source: window, ports: [port2] }));
    expect(taken).toEqual([port2]);
    expect(seenByPage).toBe(sent);
    post({ data: tapHello(TOKEN), source: 'window', port: true });
    expect(taken).toHaveLength(1);
    window.removeEventListener('message', page);
  }, 30_000);

  it('the content script hears none of them: only what comes on its port', async () => {
    const hellos: MessagePort[] = [];
    const spy = vi
      .spyOn(window, 'postMessage')
      .mockImplementation(((_d: unknown, _o: string, t?: Transferable[]) =>
        hellos.push((t ?? [])[0] as MessagePort)) as unknown as typeof window.postMessage);
    const feed = openTapPort(window);
    spy.mockRestore();
    document.documentElement.removeAttribute(TAP_TOKEN_ATTR);
    const heard: TapResponse[] = [];
    feed.listen((r) => heard.push(r));
    const shaped = fc.record({
      kind: fc.constant('response'),
      url: fc.webUrl().map((u) => `${u}/today_live_room`),
      body: fc.jsonValue({ maxDepth: 2 }),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          forged.map((f) => f.data),
          shaped,
        ),
        fc.constantFrom<Forged['source']>('window', 'none'),
        (data, source) => post({ data, source, port: true }),
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // Its port still works: the proof that nothing above was simply lost on the way.
    const real = { kind: 'response', url: 'https://compass.jinritemai.com/x/today_live_room', body: { code: 0 } };
    hellos[0].postMessage(real);
    await vi.waitFor(() => expect(heard).toEqual([real]));
  }, 30_000);
});
