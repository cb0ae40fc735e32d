import { expect, type Locator, type Page } from '@playwright/test';
import type { DemoServer } from '../../../demo/server';

/** The demo livestream dashboard with the extension's overlay on it. */
export class DashboardPage {
  readonly overlay: Locator;
  readonly paidTile: Locator;

  constructor(
    readonly page: Page,
    readonly demo: DemoServer,
  ) {
    // Playwright's CSS locators pierce open shadow roots; the host element is WXT's custom element.
    this.overlay = page.locator('les-radar-overlay .les-overlay');
    this.paidTile = page.locator('#paid');
  }

  get streamId(): string {
    return `demo:${this.demo.room}`;
  }

  async open(): Promise<void> {
    await this.page.goto(this.demo.url);
    await expect(this.overlay).toBeVisible();
  }

  /** Adds orders on the simulated stream and waits until the page shows the new total. */
  async addOrders(n: number): Promise<number> {
    const res = await fetch(new URL(`/api/orders?n=${n}`, this.demo.url), { method: 'POST' });
    const { paidOrders } = (await res.json()) as { paidOrders: number };
    await expect(this.paidTile).toHaveText(paidOrders.toLocaleString('en-US'));
    return paidOrders;
  }

  overlayFigure(name: 'paid' | 'rate' | 'backlog' | 'risk' | 'late'): Locator {
    return this.overlay.getByTestId(`overlay-${name}`);
  }
}
