import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';

/**
 * A warehouse board no adapter knows (an ERP's status page), served on 127.0.0.1 where the content script
 * runs: the seller picks its three stage counters, naming each. Port 9 is never listened on: the route answers.
 */
export class CountersPage {
  static readonly ORIGIN = 'http://127.0.0.1:9';
  static readonly URL = `${CountersPage.ORIGIN}/fulfilment`;
  readonly pickHint: Locator;

  private constructor(readonly page: Page) {
    this.pickHint = page.locator('les-radar-overlay .les-pick-hint');
  }

  static async serve(context: BrowserContext): Promise<CountersPage> {
    const file = join(import.meta.dirname, '..', '..', 'fixtures', 'live', 'warehouse-counters.html');
    const html = readFileSync(file, 'utf8');
    await context.route(`${CountersPage.URL}*`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    return new CountersPage(await context.newPage());
  }

  async open(): Promise<void> {
    await this.page.goto(CountersPage.URL);
    await expect(this.page.locator('#to-pack')).toBeVisible();
  }

  /** Clicks the number while the picker (started from the popup) waits for it. */
  async pick(id: 'to-pack' | 'awaiting-carrier' | 'shipped-today', hint: string): Promise<void> {
    await expect(this.pickHint).toContainText(hint);
    await this.page.locator(`#${id}`).click();
    await expect(this.pickHint).toHaveCount(0);
  }

  async set(id: 'to-pack' | 'awaiting-carrier' | 'shipped-today', text: string): Promise<void> {
    await this.page.evaluate(
      ([i, t]) => {
        (document.getElementById(i) as HTMLElement).textContent = t;
      },
      [id, text] as const,
    );
  }
}
