import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';

const LIVE = join(import.meta.dirname, '..', '..', 'fixtures', 'live');
const ROOM = '7301234567890123456';

type FeedOrder = {
  item_num: number;
  nick_name: string;
  order_id: string;
  order_status: number;
  order_ts: number;
  product_id: string;
  product_title: string;
};

/**
 * The Compass anchor screen at its documented address, served at its real origin with `context.route`,
 * its `live_order_stream` answered by the test in the documented shape: a rolling window of the latest
 * `window` orders (placed and paid), each with a buyer's nick name. The screen shows no paid-order tile.
 */
export class DouyinAnchorPage {
  static readonly ROOM = ROOM;
  static readonly URL = `https://compass.jinritemai.com/screen/anchor/shop?live_room_id=${ROOM}`;
  static readonly STREAM = `douyin:${ROOM}`;
  readonly overlay: Locator;
  private readonly orders: FeedOrder[] = [];
  /** Page loads (their `load` token) that see a frozen window, and that window. */
  private frozen: { loads: Set<string>; window: FeedOrder[] } = { loads: new Set(), window: [] };
  private readonly loads = new Set<string>();

  private constructor(
    readonly page: Page,
    private readonly window: number,
  ) {
    this.overlay = page.locator('les-radar-overlay .les-overlay');
  }

  /** `headScript`: a script of the page's own, first in its head (as early as a page's script runs). */
  static async serve(context: BrowserContext, { window = 5, headScript = '' } = {}): Promise<DouyinAnchorPage> {
    const anchor = new DouyinAnchorPage(await context.newPage(), window);
    const page = readFileSync(join(LIVE, 'douyin-anchor.html'), 'utf8');
    const html = headScript ? page.replace('<head>', `<head><script>${headScript}</script>`) : page;
    await context.route('https://compass.jinritemai.com/screen/anchor/shop*', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await context.route('https://compass.jinritemai.com/compass_api/**/live_order_stream*', (route) => {
      const load = new URL(route.request().url()).searchParams.get('load') ?? '';
      anchor.loads.add(load);
      const data = anchor.frozen.loads.has(load) ? anchor.frozen.window : anchor.orders.slice(-anchor.window);
      return route.fulfill({ json: { data, msg: '' } });
    });
    return anchor;
  }

  async open(): Promise<void> {
    await this.page.goto(DouyinAnchorPage.URL);
    await expect(this.overlay).toBeVisible();
  }

  /** `n` buyers place orders they have not paid yet (status 0); returns their ids. */
  place(n: number): string[] {
    return this.add(n, 0);
  }

  /** `n` buyers place and pay orders (status 3); returns their ids. */
  pay(n: number): string[] {
    return this.add(n, 3);
  }

  /**
   * The screen as now loaded sees no new order from here on, like a tab in the middle of reloading:
   * what is paid next appears first to the reloaded page.
   */
  freezeOpenScreen(): void {
    this.frozen = { loads: new Set(this.loads), window: structuredClone(this.orders.slice(-this.window)) };
  }

  /** A placed order is paid: the feed shows it again with status 3. */
  payPlaced(id: string): void {
    const order = this.orders.find((o) => o.order_id === id);
    if (order) order.order_status = 3;
  }

  get paidIds(): string[] {
    return this.orders.filter((o) => o.order_status === 3).map((o) => o.order_id);
  }

  /** Every buyer's nick name the feed has sent. */
  get nickNames(): string[] {
    return this.orders.map((o) => o.nick_name);
  }

  figure(name: 'paid' | 'problem'): Locator {
    return this.overlay.getByTestId(`overlay-${name}`);
  }

  private add(n: number, status: number): string[] {
    const added = Array.from({ length: n }, () => {
      const i = this.orders.length + 1;
      const order = {
        item_num: 1 + (i % 3),
        nick_name: `晴空买家${String(i).padStart(3, '0')}号`,
        order_id: `69218400000000${String(i).padStart(5, '0')}`,
        order_status: status,
        order_ts: Math.floor(Date.now() / 1000),
        product_id: '3712345678901234567',
        product_title: '【直播专享】亚麻衬衫 男款 宽松',
      };
      this.orders.push(order);
      return order.order_id;
    });
    return added;
  }
}

/**
 * The live control desk at its documented address: no room id on the page (it comes from the
 * `promotions_v2` answer), a 成交订单 tile, and the desk's own dialogs, opened as the desk opens them.
 */
export class DouyinDeskPage {
  static readonly URL = 'https://buyin.jinritemai.com/dashboard/live/control';
  static readonly STREAM = `douyin:${ROOM}`;
  readonly overlay: Locator;

  private constructor(readonly page: Page) {
    this.overlay = page.locator('les-radar-overlay .les-overlay');
  }

  static async serve(context: BrowserContext): Promise<DouyinDeskPage> {
    const desk = new DouyinDeskPage(await context.newPage());
    const html = readFileSync(join(LIVE, 'douyin-desk.html'), 'utf8');
    await context.route(`${DouyinDeskPage.URL}*`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await context.route('https://buyin.jinritemai.com/api/anchor/livepc/promotions_v2*', (route) =>
      route.fulfill({ json: { code: 0, msg: 'success', data: { room_id: ROOM, promotions: [] } } }),
    );
    return desk;
  }

  async open(): Promise<void> {
    await this.page.goto(DouyinDeskPage.URL);
    await expect(this.overlay).toBeVisible();
  }

  /** The desk opens its idle-protection dialog or its "live over" summary (the host left it alone, or the live ended). */
  async dialogOpens(name: 'idle' | 'live-over'): Promise<void> {
    await this.page.evaluate((n) => (window as unknown as { openDialog(n: string): void }).openDialog(n), name);
  }

  /** The host clicks the idle dialog's button to bring the desk back. */
  async resume(): Promise<void> {
    await this.page.getByRole('button', { name: '恢复直播数据' }).click();
  }

  status(): Locator {
    return this.overlay.locator('[data-status]');
  }

  figure(name: 'paid' | 'problem'): Locator {
    return this.overlay.getByTestId(`overlay-${name}`);
  }
}
