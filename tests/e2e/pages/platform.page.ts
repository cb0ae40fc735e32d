import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';

const LIVE = join(import.meta.dirname, '..', '..', 'fixtures', 'live');

/**
 * One seller dashboard served at its real origin from a fixture page. Its count comes from its JSON,
 * answered by the test (`api`), or, on a page read from its DOM alone, from its HTML: "{{PAID}}" in the
 * fixture is the count when the page loads, redrawn by `setPaid` while it is open.
 */
export type PlatformSpec = {
  /** The page's real address (the room id included where the page has one). */
  url: string;
  fixture: string;
  /** Requests to the page's data endpoint (a glob) and the body it answers for a paid-order count. */
  api?: { glob: string; body: (paidOrders: number) => unknown };
  /** The stream the page names; none on a page that shows no room id (capture then names it locally). */
  streamId?: string;
};

const ROOM = '7301234567890123456';

export const DOUYIN = {
  url: `https://compass.jinritemai.com/screen/live/shop?live_room_id=${ROOM}`,
  fixture: 'douyin-compass.html',
  api: {
    glob: 'https://compass.jinritemai.com/compass_api/**/today_live_room*',
    // Today's two rooms: the live one and this morning's, which has ended (its 87 orders are not this stream's).
    body: (paid) => ({
      code: 0,
      msg: '',
      data: {
        card_list: [
          {
            live_id: ROOM,
            live_status: 1,
            pay_order_cnt: { value: paid },
            pay_order_gmv: { value: paid * 4990 },
            watch_ucnt: { value: 45678 },
          },
          {
            live_id: '7301200000000000001',
            live_status: 0,
            pay_order_cnt: { value: 87 },
            pay_order_gmv: { value: 512300 },
            watch_ucnt: { value: 3021 },
          },
        ],
      },
    }),
  },
  streamId: `douyin:${ROOM}`,
} satisfies PlatformSpec;

/** Seller Center's LIVE dashboard: read from its Orders card (TikTok has no documented JSON to tap). */
export const TIKTOK = {
  url: `https://seller-us.tiktok.com/compass/live-dashboard?room_id=${ROOM}&shop_region=US`,
  fixture: 'tiktok-live.html',
  streamId: `tiktok:${ROOM}`,
} satisfies PlatformSpec;

/** LIVE Manager at its real address: no room id on the page, the count in its analytics card. */
export const TIKTOK_LIVE_MANAGER = {
  url: 'https://shop.tiktok.com/streamer/live/product/dashboard',
  fixture: 'tiktok-live-manager.html',
} satisfies PlatformSpec;

/**
 * A platform dashboard page with the extension's overlay on it. `setPaid` changes the count the page
 * shows: what its JSON answers, or, on a page without one, its counter, redrawn as a new element as a
 * framework re-renders it.
 */
export class PlatformPage {
  paidOrders = 0;
  readonly overlay: Locator;
  /** Markup the page's next loads show besides the fixture's (e.g. a room id it did not show before). */
  private extra = '';

  private constructor(
    readonly page: Page,
    readonly spec: PlatformSpec,
  ) {
    this.overlay = page.locator('les-radar-overlay .les-overlay');
  }

  static async serve(context: BrowserContext, spec: PlatformSpec): Promise<PlatformPage> {
    const platform = new PlatformPage(await context.newPage(), spec);
    const { origin, pathname } = new URL(spec.url);
    await context.route(`${origin}${pathname}*`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: platform.html() }),
    );
    const api = spec.api;
    if (api) await context.route(api.glob, (route) => route.fulfill({ json: api.body(platform.paidOrders) }));
    return platform;
  }

  async open(): Promise<void> {
    await this.page.goto(this.spec.url);
    await expect(this.overlay).toBeVisible();
  }

  /** Opens the site's home page (the same single-page app), which shows no live room yet. */
  async openHome(): Promise<void> {
    const { origin } = new URL(this.spec.url);
    await this.page
      .context()
      .route(`${origin}/`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: this.html() }));
    await this.page.goto(`${origin}/`);
  }

  /** The page's next loads also show `markup` at the end of its body. */
  showOnNextLoad(markup: string): void {
    this.extra = markup;
  }

  async setPaid(n: number): Promise<void> {
    this.paidOrders = n;
    if (this.spec.api || this.page.url() === 'about:blank') return;
    await this.page.evaluate((text) => {
      const shown = document.getElementById('orders') as HTMLElement;
      const fresh = shown.cloneNode() as HTMLElement;
      fresh.textContent = text;
      shown.replaceWith(fresh);
    }, this.shown());
  }

  figure(name: 'paid' | 'rate' | 'backlog' | 'risk' | 'problem'): Locator {
    return this.overlay.getByTestId(`overlay-${name}`);
  }

  private shown = () => this.paidOrders.toLocaleString('en-US');

  private html = () =>
    readFileSync(join(LIVE, this.spec.fixture), 'utf8')
      .replaceAll('{{PAID}}', this.shown())
      .replace('</body>', `${this.extra}</body>`);
}
