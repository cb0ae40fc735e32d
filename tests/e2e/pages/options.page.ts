import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Path } from '../../../components/options/draft';
import { fieldId } from '../../../components/options/issues';

/** The options page: its fields by settings path, the message beside each, save, import and export. */
export class OptionsPage {
  readonly saveButton: Locator;
  readonly exportButton: Locator;
  readonly importInput: Locator;
  readonly alert: Locator;
  /** The saved file's problems, when it fails its check, with Fix and Reset to defaults beside them. */
  readonly storedProblems: Locator;

  constructor(readonly page: Page) {
    this.saveButton = page.locator('form button[type="submit"]');
    this.exportButton = page.getByRole('button', { name: 'Export' });
    this.importInput = page.locator('#import-file');
    this.alert = page.getByRole('alert');
    this.storedProblems = page.locator('.stored-problems');
  }

  /** Waits until the saved settings are in the form. */
  async ready(): Promise<this> {
    await expect(this.saveButton).toBeVisible();
    return this;
  }

  /** The control that edits a path of the settings file, e.g. ['stages', 'pickPack', 'shifts', 0, 'packers']. */
  field(path: Path): Locator {
    return this.page.locator(`#${fieldId(path)}`);
  }

  packers(shift = 0): Locator {
    return this.field(['stages', 'pickPack', 'shifts', shift, 'packers']);
  }

  pickupTime(pickup = 0): Locator {
    return this.field(['stages', 'ship', 'pickups', pickup, 'time']);
  }

  /** The validation message inside the same field box as the control. */
  messageBeside(path: Path): Locator {
    return this.page.locator('.field', { has: this.field(path) }).locator('.field-error');
  }

  async save(): Promise<void> {
    await expect(this.saveButton).toBeEnabled();
    await this.saveButton.click();
    await expect(this.saveButton).toHaveText('Saved');
  }

  /** Clicks Export and returns the downloaded file's name and text. */
  async export(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  async import(name: string, text: string): Promise<void> {
    await this.importInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
}
