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

/** One stream's detail view and the comparison: charts, their captions, tables and CSV downloads. */
export class ReportDetailPage {
  constructor(readonly page: Page) {}

  /** Opens a stream's detail from the list as a keyboard user would: focus its link, press Enter. */
  async openStream(streamId: string): Promise<void> {
    const link = this.page.getByRole('link', { name: `Details of stream ${streamId}` });
    await link.focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('heading', { level: 1, name: `Stream ${streamId}` }).waitFor();
  }

  /** The canvas uPlot drew for a chart (by its test id: chart-arrivals, chart-backlog, chart-score, chart-compare). */
  chartCanvas(testId: string): Locator {
    return this.page.getByTestId(testId).locator('canvas');
  }

  caption(name: string): Locator {
    return this.page.getByTestId(`caption-${name}`);
  }

  /** A cell of a data table: the row by its header cell's text, the column by its test hook. */
  cell(table: string, rowHeader: string, col: string): Locator {
    return this.page
      .getByTestId(table)
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('rowheader', { name: rowHeader, exact: true }) })
      .locator(`[data-col="${col}"]`);
  }

  /** Clicks a table's CSV button and returns the downloaded file's text (BOM removed). */
  async downloadCsv(title: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: `Download CSV: ${title}` }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return {
      name: download.suggestedFilename(),
      text: Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    };
  }

  /** Compares two streams through the list's form (labelled selects, then the Compare button). */
  async compare(a: string, b: string): Promise<void> {
    await this.page.getByRole('link', { name: 'All streams' }).click();
    await this.page.getByLabel('First stream').selectOption(a);
    await this.page.getByLabel('Second stream').selectOption(b);
    await this.page.getByRole('button', { name: 'Compare' }).click();
    await this.page.getByRole('heading', { level: 1, name: `Compare ${a} and ${b}` }).waitFor();
  }
}
