import type { Locator, Page, Worker } from '@playwright/test';
import type { DashboardPage } from './dashboard.page';

/** The overlay's fold, dot and grip on the dashboard, as the host reaches them. */
export class OverlayFrame {
  readonly fold: Locator;
  readonly dot: Locator;
  readonly grip: Locator;

  constructor(readonly dashboard: DashboardPage) {
    const o = dashboard.overlay;
    this.fold = o.getByRole('button', { name: 'Fold the overlay to a dot' });
    this.dot = o.locator('.les-expand');
    this.grip = o.getByRole('button', { name: 'Move the overlay (arrow keys)' });
  }
}

/** The assistant's what-if steppers and their result in the popup or side panel. */
export class WhatIfPanel {
  constructor(readonly page: Page) {}

  step(what: 'Packers on each shift' | 'Extra carrier pickups', way: 'one more' | 'one fewer'): Promise<void> {
    return this.page.getByRole('button', { name: `${what}: ${way}` }).click();
  }

  result(name: 'clear' | 'backlog' | 'risk'): Locator {
    return this.page.getByTestId(`what-if-${name}`);
  }
}

/** The toolbar button's badge and title, read from the service worker as Chrome draws them. */
export async function toolbarBadge(sw: Worker): Promise<{ text: string; title: string }> {
  return sw.evaluate(async () => {
    const { action } = (globalThis as unknown as { chrome: { action: BadgeApi } }).chrome;
    return { text: await action.getBadgeText({}), title: await action.getTitle({}) };
  });
}
type BadgeApi = { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
