import { browser } from 'wxt/browser';
import type { DashboardAdapter } from '../../core/adapters/adapter';
import { matchesPattern } from '../../core/adapters/match-pattern';
import { pickedAdapter } from '../../core/adapters/picked';
import { findBound } from '../../core/adapters/picked/find-binding';
import { failFrom, ok } from '../../core/lib/result';
import type { StageRole } from '../../core/records/stage-reading';
import type { Binding } from '../../core/settings/capture-settings';
import { browserWords } from '../../runtime/browser-words';
import { createOverlay } from '../overlay/overlay-dom';
import { backgroundLink } from './capture-link';
import { listenAsTab, toBackground } from './link';
import { withLocalStream } from './local-stream';
import type { LoadPicker } from './picker-kit';
import { startCapture } from './session';
import type { LoadStages } from './stage-kit';
import { type CaptureState, initialState, toStatus } from './state';
import type { TapFeed } from './tap-port';

/** Words straight from browser.i18n, like the overlay's: the content script follows the browser's language. */
const msg = browserWords;

const VIEW_REFRESH_MS = 15_000;
const DRAW_EVERY_MS = 250;

/**
 * Everything capture does on one page, wired: which adapter (or picked number), the kill switch,
 * the session, the overlay, the picker, and the answers to the popup. Restarts itself when the
 * settings change or the page navigates without reloading (single-page dashboards). Beside the paid
 * counter, or alone, it watches the warehouse's stage counts (issue #15) where a stage adapter reads
 * the page or the seller picked them (./stage-watch.ts), loaded only then (./stage-kit.ts).
 */
export function runCapture(
  win: Window & typeof globalThis,
  layer: HTMLElement,
  adapters: readonly DashboardAdapter[],
  tap: TapFeed | null,
  loadPicker: LoadPicker,
  /** Its platform's order-management pages (match patterns), and how to load the stage watch. */
  stages: { pages: readonly string[]; load: LoadStages },
) {
  let session: ReturnType<typeof startCapture> | null = null;
  let stopStages = () => {};
  let state: CaptureState | null = null;
  let stopPicker: (() => void) | null = null;
  let generation = 0;
  let overlay: ReturnType<typeof createOverlay> | null = null;
  let frame: number | undefined;
  const show = (s: CaptureState | null) => {
    state = s;
    if (!s) {
      overlay?.destroy();
      overlay = null;
      return;
    }
    overlay ??= createOverlay(win.document, layer, pickFromOverlay);
    // Drawn at most four times a second, in an animation frame, outside the page's own mutation:
    // every redraw repaints, and a live page changes far more often than a host can read.
    if (frame !== undefined) return;
    frame = win.setTimeout(
      () =>
        win.requestAnimationFrame(() => {
          frame = undefined;
          if (state) overlay?.update(state);
        }),
      DRAW_EVERY_MS,
    );
  };

  // A page that shows no room id names its stream locally, if its adapter opts in (local-stream.ts).
  const knownAt = (url: URL) => {
    const a = adapters.find((x) => x.matches(url, win.document));
    return a && withLocalStream(a, win);
  };

  const start = async () => {
    const mine = ++generation;
    session?.stop();
    session = null;
    stopStages();
    stopStages = () => {};
    const url = new URL(win.location.href);
    const known = knownAt(url);
    const config = await toBackground('capture-config', { adapter: known?.id ?? 'picked', origin: url.origin });
    if (mine !== generation) return;
    const bindings = config.ok ? config.data.bindings : [];
    // The paid counter reads the site's role-less pick; the stage watch, the picks with a role.
    const binding = bindings.find((b) => !b.role) ?? null;
    if (
      !(config.ok && config.data.disabled) &&
      (bindings.some((b) => b.role) || stages.pages.some((p) => matchesPattern(p, url)))
    ) {
      void stages.load().then(async (kit) => {
        // The page's stage adapter has its own kill switch on the options page.
        const tabs = kit.tabsAt(win);
        const off = tabs && (await toBackground('capture-config', { adapter: tabs.id, origin: url.origin }));
        if (mine !== generation) return;
        const send = (r: Parameters<typeof toBackground<'stage-reading'>>[1]) =>
          toBackground('stage-reading', r).then((a) => a.ok);
        const on = off?.ok && off.data.disabled ? null : tabs;
        stopStages = kit.watchSiteStages(win, bindings, send, on) ?? stopStages;
      }, warn);
    }
    const adapter = known ? (binding ? preferBinding(known, binding) : known) : binding && pickedAdapter(binding);
    if (!adapter) return show(null); // a page we do not know and nothing picked: stay out of the way
    if (config.ok && config.data.disabled) {
      return show({
        ...initialState(adapter.label),
        status: 'off',
        problem: msg('capture_switched_off', adapter.label),
      });
    }
    session = startCapture({ win, adapter, link: backgroundLink, onChange: show, tap });
  };

  // The picker is loaded when first asked for (issue #17); the popup hears back once it is listening.
  let stopped = false;
  let asks = 0;
  async function pick(role?: StageRole): Promise<void> {
    const ask = ++asks;
    stopPicker?.();
    stopPicker = null;
    const { startPicker, describeElement } = await loadPicker();
    if (stopped || ask !== asks) return; // stopped, or asked again while it loaded: the last ask picks
    stopPicker = startPicker(
      win,
      layer.parentElement ?? layer,
      async (el) => {
        stopPicker = null;
        const binding = { ...describeElement(el, win.location.origin, Date.now()), ...(role && { role }) };
        const saved = await toBackground('save-binding', { binding });
        if (saved.ok) void start();
        else if (state) show({ ...state, problem: msg('capture_pick_not_saved', saved.error.message) });
      },
      () => {
        stopPicker = null;
      },
      role,
    );
  }
  const pickFromOverlay = () => void pick().catch(warn);

  const stopListening = listenAsTab((msg) => {
    if (msg.type === 'capture-status')
      return ok(toStatus(state ?? { ...initialState('No adapter for this page'), status: 'off' }));
    if (msg.type === 'start-picker') {
      return pick(msg.payload.role).then(
        () => ok({ started: true }),
        (e) => failFrom('internal-error', e),
      );
    }
    if (msg.type === 'toggle-overlay') return ok({ shown: overlay?.toggle() ?? false });
    session?.setView(msg.payload.view);
    return undefined;
  });
  // Only a change to what capture on this site reads (its adapter's switch, its picked number)
  // restarts it: a restart begins a new capture, so any other settings save must not cost one.
  const onSettings = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = area === 'local' ? changes.settings : undefined;
    if (
      change &&
      captureSlice(change.oldValue, win.location.origin) !== captureSlice(change.newValue, win.location.origin)
    ) {
      void start();
    }
  };
  browser.storage.onChanged.addListener(onSettings);
  const refresh = win.setInterval(async () => {
    if (!state?.streamId) return;
    const view = await toBackground('get-overlay', { streamId: state.streamId });
    if (view.ok && view.data) session?.setView(view.data);
  }, VIEW_REFRESH_MS);
  void start();

  return {
    /** The page moved to another address without reloading: it may show another stream. */
    // The Navigation API announces a pushState before the address changes: start once it has.
    navigated: () =>
      void win.setTimeout(() => {
        // Another stream (or page) only: a dashboard that rewrites its query string keeps its capture.
        const url = new URL(win.location.href);
        const known = knownAt(url);
        const same = session && state?.streamId && known && known.streamId(url, win.document) === state.streamId;
        if (!same) void start();
      }, 0),
    stop() {
      generation++;
      stopped = true;
      session?.stop();
      stopStages();
      stopPicker?.();
      stopListening();
      browser.storage.onChanged.removeListener(onSettings);
      win.clearInterval(refresh);
      overlay?.destroy();
    },
  };
}

const warn = (e: unknown) => console.warn('LES Radar:', e);

/** A known page whose counter the seller re-picked: the picked element first, the adapter's labels after. */
const preferBinding = (a: DashboardAdapter, b: Binding): DashboardAdapter => ({
  ...a,
  findCounter: (doc) => findBound(doc, b) ?? a.findCounter(doc),
});

/** What capture on `origin` depends on in the settings: the switched-off adapters and this site's pick. */
function captureSlice(settings: unknown, origin: string): string {
  const c = (settings as { capture?: { disabledAdapters?: unknown; bindings?: { origin?: unknown }[] } } | undefined)
    ?.capture;
  const bindings = Array.isArray(c?.bindings) ? c.bindings.filter((b) => b?.origin === origin) : [];
  return JSON.stringify([c?.disabledAdapters ?? [], bindings]);
}
