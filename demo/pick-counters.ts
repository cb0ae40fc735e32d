import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';

type Chrome = {
  chrome: {
    tabs: {
      getCurrent(): Promise<{ id: number }>;
      query(q: object): Promise<{ id: number }[]>;
      sendMessage(id: number, m: unknown): Promise<unknown>;
    };
  };
};

const COUNTERS = [
  ['pickPack', 'to-pack'],
  ['shipTransport', 'awaiting-carrier'],
  ['shippedToday', 'shipped-today'],
] as const;

/**
 * The assistant picks the ERP board's three counters (issue #15) as the popup's "Pick: …" buttons do — the
 * picker started in the board's tab with each stage's role, the number clicked — and the popup then shows
 * the warehouse's own counts beside what the settings expect. Screenshots the popup; returns its lines.
 */
export async function pickCounters(context: BrowserContext, base: string, boardUrl: string, out: string) {
  const board = await context.newPage();
  await board.goto(boardUrl);
  await board.waitForFunction(() => document.getElementById('to-pack')?.textContent !== '–');
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 560 });
  await popup.goto(`${base}/popup.html`);
  for (const [role, id] of COUNTERS) {
    // The board is the tab opened just before this page (no "tabs" permission to find it by address).
    await popup.evaluate(async (r) => {
      const { tabs } = (globalThis as unknown as Chrome).chrome;
      const me = await tabs.getCurrent();
      const [tab] = (await tabs.query({})).filter((t) => t.id < me.id).sort((a, b) => b.id - a.id);
      await tabs.sendMessage(tab.id, { to: 'tab', type: 'start-picker', payload: { role: r } });
    }, role);
    const hint = board.locator('les-radar-overlay .les-pick-hint');
    await hint.waitFor();
    await board.locator(`#${id}`).click();
    await hint.waitFor({ state: 'detached' });
  }
  await popup.reload();
  const observed = popup.getByTestId('observed');
  await observed.waitFor({ timeout: 30_000 });
  await popup.screenshot({ path: join(out, 'popup-warehouse.png'), fullPage: true });
  await board.screenshot({ path: join(out, 'erp-board.png') });
  return observed.locator('li').allTextContents();
}
