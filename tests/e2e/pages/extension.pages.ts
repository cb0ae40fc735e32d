import type { BrowserContext, Page } from '@playwright/test';

/**
 * The extension's own pages as a person opens them: the popup, the report, the options and the import
 * page. The test-only ways into its state (storage, database, raw messages, the service worker) are
 * in ../back-doors.ts.
 */
export class ExtensionPages {
  constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
  ) {}

  url(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  async openPopup(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.url('popup.html'));
    return page;
  }

  async openReport(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.url('report.html'));
    return page;
  }

  /** The options page, where the seller edits, imports and exports the settings file. */
  async openOptions(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.url('options.html'));
    return page;
  }

  /** The order-export import page (unlisted: reached from the report's header). */
  async openImport(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.url('import.html'));
    return page;
  }
}
