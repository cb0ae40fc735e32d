import type { Locator, Page } from '@playwright/test';

/** The popup's (and side panel's) Run of show section, as the seller reaches it: by its labels and buttons. */
export class RunOfShowSection {
  readonly section: Locator;
  readonly standing: Locator;
  readonly drops: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Run of show' });
    this.standing = page.getByTestId('plan-standing');
    // Each planned drop's words, without its Remove button.
    this.drops = page.getByTestId('planned-drops').getByRole('listitem').locator('span');
  }

  /** Types a drop's time (HH:MM in the settings' zone) and its expected orders, then presses Enter. */
  async add(clock: string, orders: string): Promise<void> {
    await this.section.getByLabel(/^Drop at/).fill(clock);
    await this.section.getByLabel('Expected orders').fill(orders);
    await this.section.getByLabel('Expected orders').press('Enter');
  }

  remove(what: string): Promise<void> {
    return this.section.getByRole('button', { name: `Remove the drop at ${what}` }).click();
  }
}
