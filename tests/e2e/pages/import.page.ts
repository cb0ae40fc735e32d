import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

/** A fixture of tests/fixtures/import/ as a path for `setInputFiles`. */
export const importFixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));

/** The import page: the form, the progress, the summary figures and the rejected rows. */
export class ImportPage {
  readonly fileInput: Locator;
  readonly timeZone: Locator;
  /** The TikTok slash-date order: "DMY" or "MDY" as its value. */
  readonly dateOrder: Locator;
  readonly dateOrderHint: Locator;
  readonly importButton: Locator;
  readonly cancelButton: Locator;
  readonly progress: Locator;
  readonly progressText: Locator;
  readonly rejectedTable: Locator;
  readonly downloadButton: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.getByLabel('Order export (CSV from TikTok Shop Seller Center or Douyin 抖店)');
    this.timeZone = page.getByLabel('Shop time zone');
    this.dateOrder = page.getByLabel('Date order in the file');
    this.dateOrderHint = page.locator('#date-order-hint');
    this.importButton = page.getByRole('button', { name: 'Import', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel' });
    this.progress = page.locator('progress#import-progress');
    this.progressText = page.locator('#import-progress-text');
    this.rejectedTable = page.getByRole('table', { name: 'Rejected rows' });
    this.downloadButton = page.getByRole('button', { name: 'Download rejected rows (CSV)' });
    this.alert = page.getByRole('alert');
  }

  /** Picks a fixture, sets the zone and clicks Import; the run goes on in the worker. */
  async import(fixture: string, timeZone: string): Promise<void> {
    await this.importPath(importFixture(fixture), timeZone);
  }

  /** The same with any file (a test may write one for the current time). */
  async importPath(path: string, timeZone: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
    await this.timeZone.fill(timeZone);
    await expect(this.importButton).toBeEnabled();
    await this.importButton.click();
  }

  /** Waits for the run to end with a summary at 100 % of the bytes read. */
  async finished(): Promise<void> {
    await expect(this.progressText).toContainText('Done');
    await expect(this.progressText).toContainText('100 %');
    await expect(this.progress).toHaveJSProperty('value', 100);
  }

  /** A summary figure by key: format, rows, added, updated, unchanged, rejected. */
  figure(key: string): Locator {
    return this.page.locator(`[data-figure="${key}"]`);
  }

  async rejectedRows(): Promise<string[][]> {
    const rows = this.rejectedTable.locator('tbody tr');
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  }

  /** Clicks the download and returns the file's name and text. */
  async downloadRejected(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadButton.click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
}
