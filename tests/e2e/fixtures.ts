import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { type DemoServer, startDemoServer } from '../../demo/server';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../../scripts/browser';
import { BackDoors } from './back-doors';
import { DashboardPage } from './pages/dashboard.page';
import { ExtensionPages } from './pages/extension.pages';

type Fixtures = {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  demo: DemoServer;
  dashboard: DashboardPage;
  extension: ExtensionPages;
  backDoors: BackDoors;
};

/**
 * Every e2e test gets a fresh Chromium profile with the built extension loaded, a demo dashboard in
 * manual mode (orders appear only when the test adds them), page objects for both sides, and the
 * test-only back doors into the extension's state.
 */
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  context: async ({}, use) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(INSTALL_HINT);
    const context = await chromium.launchPersistentContext('', {
      executablePath,
      headless: true,
      args: chromiumArgs(),
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  // biome-ignore lint/correctness/noEmptyPattern: see above
  demo: async ({}, use) => {
    const server = await startDemoServer({ mode: 'manual', pollMs: 250 });
    await use(server);
    await server.close();
  },
  dashboard: async ({ context, demo }, use) => {
    await use(new DashboardPage(await context.newPage(), demo));
  },
  extension: async ({ context, extensionId }, use) => {
    await use(new ExtensionPages(context, extensionId));
  },
  backDoors: async ({ context, extensionId }, use) => {
    await use(new BackDoors(context, extensionId));
  },
});

export { expect } from '@playwright/test';
