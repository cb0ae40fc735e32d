import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';

/**
 * A page no adapter knows (a warehouse wallboard), served on 127.0.0.1 where the content script runs,
 * so the picker can bind its number. Port 9 is never listened on: the route answers instead.
 */
export class CustomPage {
  static readonly URL = 'http://127.0.0.1:9/wallboard';
  static readonly STREAM = 'picked:127.0.0.1:9/wallboard';
  readonly overlay: Locator;
  readonly pickHint: Locator;

  private constructor(readonly page: Page) {
    this.overlay = page.locator('les-radar-overlay .les-overlay');
    this.pickHint = page.locator('les-radar-overlay .les-pick-hint');
  }

  static async serve(context: BrowserContext): Promise<CustomPage> {
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'live', 'custom-page.html'), 'utf8');
    await context.route(`${CustomPage.URL}*`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    return new CustomPage(await context.newPage());
  }

  async open(): Promise<void> {
    await this.page.goto(CustomPage.URL);
    await expect(this.page.locator('#today')).toBeVisible();
  }

  async setToday(n: string): Promise<void> {
    await this.page.evaluate((t) => {
      (document.getElementById('today') as HTMLElement).textContent = t;
    }, n);
  }
}
