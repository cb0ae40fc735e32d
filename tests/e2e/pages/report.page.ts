import type { Locator, Page } from '@playwright/test';

/** The stream report: per-stream attribution sections, the scorecard window, and the carrier tables. */
export class ReportPage {
  readonly windowSummary: Locator;

  constructor(readonly page: Page) {
    this.windowSummary = page.getByTestId('window-summary');
  }

  /** The "What moved the score" section of one stream. */
  attribution(streamId: string): Locator {
    return this.page.locator(`[data-attribution="${streamId}"]`);
  }

  /** One cell of a stage table: `table` is the table's test id, `col` late | late-delivery | points. */
  stageCell(scope: Locator, table: string, stage: string, col: string): Locator {
    return scope.getByTestId(table).locator(`tr[data-stage="${stage}"] [data-col="${col}"]`);
  }

  /** The rows of a carrier table (by its caption) as their cells' text, header cell first. */
  async carrierRows(caption: string): Promise<string[][]> {
    return this.page
      .getByRole('table', { name: caption, exact: true })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
  }
}
