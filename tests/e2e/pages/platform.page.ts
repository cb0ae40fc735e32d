import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';

const LIVE = join(import.meta.dirname, '..', '..', 'fixtures', 'live');

/** One seller dashboard served at its real origin from a fixture page, with its JSON answered by the test. */
export type PlatformSpec = {
  /** The page's real address, room id included. */
  url: string;
  fixture: string;
  /** Requests to the page's data endpoint (a glob) and the body it answers for a paid-order count. */
  api: { glob: string; body: (paidOrders: number) => unknown };
  streamId: string;
};

const ROOM = '7301234567890123456';

export const DOUYIN: PlatformSpec = {
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
};

export const TIKTOK: PlatformSpec = {
  url: `https://seller-us.tiktok.com/compass/live-dashboard?room_id=${ROOM}&shop_region=US`,
  fixture: 'tiktok-live.html',
  api: {
    glob: 'https://seller-us.tiktok.com/api/v1/compass/live/realtime_stats*',
    body: (paid) => ({
      code: 0,
      message: 'success',
      data: {
        room_id: ROOM,
        stats: {
          orders: paid.toLocaleString('en-US'),
          items_sold: String(paid * 2),
          gmv: { amount: '0', format_amount: '$0.00' },
        },
      },
    }),
  },
  streamId: `tiktok:${ROOM}`,
};

/** A platform dashboard page with the extension's overlay on it; `setPaid` changes what its JSON says. */
export class PlatformPage {
  paidOrders = 0;
  readonly overlay: Locator;

  private constructor(
    readonly page: Page,
    readonly spec: PlatformSpec,
  ) {
    this.overlay = page.locator('les-radar-overlay .les-overlay');
  }

  static async serve(context: BrowserContext, spec: PlatformSpec): Promise<PlatformPage> {
    const html = readFileSync(join(LIVE, spec.fixture), 'utf8');
    const platform = new PlatformPage(await context.newPage(), spec);
    const { origin, pathname } = new URL(spec.url);
    await context.route(`${origin}${pathname}*`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await context.route(spec.api.glob, (route) => route.fulfill({ json: spec.api.body(platform.paidOrders) }));
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
      .route(`${origin}/`, async (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: await this.html() }),
      );
    await this.page.goto(`${origin}/`);
  }

  private html = () => Promise.resolve(readFileSync(join(LIVE, this.spec.fixture), 'utf8'));

  setPaid(n: number): void {
    this.paidOrders = n;
  }

  figure(name: 'paid' | 'rate' | 'backlog' | 'risk' | 'problem'): Locator {
    return this.overlay.getByTestId(`overlay-${name}`);
  }
}
