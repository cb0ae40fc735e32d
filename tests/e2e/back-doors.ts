import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { Snapshot } from '../../core/records/snapshot';

/**
 * Test-only ways into the extension's state, none of which a person has: reading its IndexedDB,
 * reading and writing its storage, sending raw runtime messages, messaging its content scripts and
 * stopping its service worker through DevTools. Tests use them to set up and to check what the user
 * actions (the page objects in pages/) cannot show; they go through a hidden helper extension page.
 */
export class BackDoors {
  constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
  ) {}

  /** Every stored snapshot of a stream, read straight from the extension's IndexedDB in seq order. */
  async storedSnapshots(streamId: string): Promise<Snapshot[]> {
    const page = await this.helperPage();
    return page.evaluate(
      (id) =>
        new Promise<Snapshot[]>((resolve, reject) => {
          const open = indexedDB.open('les-radar');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const range = IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);
            const get = open.result.transaction('snapshots').objectStore('snapshots').getAll(range);
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result as Snapshot[]);
            };
            get.onerror = () => reject(get.error);
          };
        }),
      streamId,
    );
  }

  /**
   * Every object store of the extension's database 'les-radar', read from an extension page, as JSON:
   * typed arrays become plain arrays so their numbers show, and NaN becomes null as JSON writes it.
   */
  async storedDatabase(): Promise<{ stores: string[]; json: string }> {
    const page = await this.helperPage();
    return page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('les-radar');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const stores = [...db.objectStoreNames];
      const all: Record<string, unknown[]> = {};
      for (const name of stores) {
        all[name] = await new Promise<unknown[]>((resolve, reject) => {
          const get = db.transaction(name).objectStore(name).getAll();
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        });
      }
      db.close();
      const plain = (_key: string, value: unknown) =>
        ArrayBuffer.isView(value) ? Array.from(value as Uint8Array) : value;
      return { stores, json: JSON.stringify(all, plain) };
    });
  }

  /** The warehouse's stage readings as stored (issue #15), in the order they were written. */
  async storedStageReadings(): Promise<
    { at: number; until: number; source: string; page?: string; counts: Record<string, number> }[]
  > {
    return JSON.parse((await this.storedDatabase()).json).stageReadings ?? [];
  }

  /** Writes the seller's settings file where the options page keeps it (extension storage). */
  async setSettings(settings: unknown): Promise<void> {
    const page = await this.helperPage();
    await page.evaluate(
      (value) => (globalThis as unknown as ChromeApi).chrome.storage.local.set({ settings: value }),
      settings,
    );
  }

  /** The settings file as stored (what the options page and the capture's saved picks write). */
  async storedSettings(): Promise<Record<string, unknown> | undefined> {
    const page = await this.helperPage();
    return page.evaluate(
      async () => (await (globalThis as unknown as ChromeApi).chrome.storage.local.get('settings')).settings,
    );
  }

  /**
   * Sends a message to the content script of every open tab, as the popup does to its tab, and returns
   * the answers of the tabs that have one (tabs without the content script stay silent).
   */
  async messageTabs(message: unknown): Promise<unknown[]> {
    const page = await this.helperPage();
    return page.evaluate(async (m) => {
      const { tabs } = (globalThis as unknown as ChromeApi).chrome;
      const all = await tabs.query({});
      const replies = await Promise.all(all.map((t) => tabs.sendMessage(t.id, m).catch(() => undefined)));
      return replies.filter((r) => r !== undefined);
    }, message);
  }

  /** Writes raw items into one area of extension storage, as any part of the extension could. */
  async setStored(area: 'local' | 'session', items: Record<string, unknown>): Promise<void> {
    const page = await this.helperPage();
    await page.evaluate(([a, value]) => (globalThis as unknown as ChromeApi).chrome.storage[a].set(value), [
      area,
      items,
    ] as const);
  }

  /** Every key one area of extension storage holds, sorted. */
  async storedKeys(area: 'local' | 'session'): Promise<string[]> {
    const page = await this.helperPage();
    return page.evaluate(
      async (a) => Object.keys(await (globalThis as unknown as ChromeApi).chrome.storage[a].get(null)).sort(),
      area,
    );
  }

  /** Sends a raw message to the background as any extension page could, and returns its reply. */
  async sendRaw(message: unknown): Promise<unknown> {
    const page = await this.helperPage();
    return page.evaluate((m) => (globalThis as unknown as ChromeApi).chrome.runtime.sendMessage(m), message);
  }

  /**
   * Stops the extension's service worker, as Chrome does to an idle MV3 background at any moment,
   * and waits until DevTools reports it stopped (at once if it already is).
   */
  async stopServiceWorker(): Promise<void> {
    const cdp = await this.devtools();
    if (this.workerStatus === 'stopped') return;
    // A worker that is still starting ignores the stop: ask again until DevTools reports it stopped.
    for (let attempt = 0; attempt < 20; attempt++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const deadline = Date.now() + 500;
      while (this.workerStatus !== 'stopped' && Date.now() < deadline) await sleep(25);
      if (this.workerStatus === 'stopped') return;
    }
    throw new Error(`service worker did not stop (status: ${this.workerStatus})`);
  }

  /** Times DevTools saw the worker go from alive to stopped. */
  serviceWorkerStops = 0;
  private workerStatus = 'unknown';
  private cdp: CDPSession | null = null;
  private async devtools(): Promise<CDPSession> {
    if (!this.cdp) {
      this.cdp = await this.context.newCDPSession(await this.helperPage());
      this.cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        const v = e.versions.find((x) => x.scriptURL.includes(this.extensionId));
        if (!v) return;
        if (v.runningStatus === 'stopped' && this.workerStatus !== 'stopped') this.serviceWorkerStops++;
        this.workerStatus = v.runningStatus;
      });
      await this.cdp.send('ServiceWorker.enable');
    }
    return this.cdp;
  }

  /** An extension page (the report) opened once and kept, from which the back doors reach the extension. */
  private helper: Page | null = null;
  private async helperPage(): Promise<Page> {
    if (!this.helper || this.helper.isClosed()) {
      this.helper = await this.context.newPage();
      await this.helper.goto(`chrome-extension://${this.extensionId}/report.html`);
    }
    return this.helper;
  }
}

type StorageArea = {
  set(items: Record<string, unknown>): Promise<void>;
  get(key: string | null): Promise<Record<string, Record<string, unknown> | undefined>>;
};

/** The slice of the extension API these back doors call inside extension pages. */
type ChromeApi = {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    storage: {
      local: StorageArea;
      session: StorageArea;
    };
    tabs: {
      query(q: object): Promise<{ id: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
