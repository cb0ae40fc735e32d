import type { Locator, Page } from '@playwright/test';
import type { DashboardPage } from './dashboard.page';

/** "3,228" or "3,228 (P10–P90 2,286–4,904)" → 3228: the number a person reads first. */
export const leadingNumber = (text: string | null): number =>
  Number(
    (text ?? '')
      .trim()
      .split(/[\s(（]/)[0]
      .replace(/,/g, ''),
  );

type Figure = 'late' | 'risk';

/**
 * Where each face shows a stream's late predicted and at risk (core/faces/stream-figures.ts): the
 * overlay's line, the popup's figures, the report's list row and the stream page's key figures.
 */
export class StreamFigures {
  constructor(
    readonly dashboard: DashboardPage,
    readonly popup: Page,
    readonly report: Page,
  ) {}

  overlay(figure: Figure): Locator {
    return this.dashboard.overlayFigure(figure);
  }

  popupFigure(figure: Figure): Locator {
    return this.popup.getByTestId(figure === 'late' ? 'late-predicted' : 'at-risk');
  }

  /** The stream's row in the report's list, read after a reload (the report reads the stored estimate once). */
  listCell(figure: Figure): Locator {
    const row = this.report.locator(`tr[data-stream="${this.dashboard.streamId}"]`);
    return row.locator(`[data-col="${figure === 'late' ? 'late-predicted' : 'at-risk'}"]`);
  }

  /** The stream page's key figure, by the words it is shown under. */
  detailFigure(figure: Figure): Locator {
    return this.report.locator(
      `[data-testid="key-figures"] [data-figure="${figure === 'late' ? 'Late predicted' : 'At risk'}"]`,
    );
  }

  /** Reloaded each time: the report reads the stored estimate when it opens, and never again. */
  async openList(url: string): Promise<void> {
    await this.report.goto(url);
    await this.report.reload();
    await this.listCell('late').waitFor();
  }

  async openDetail(url: string): Promise<void> {
    await this.report.goto(`${url}#${new URLSearchParams({ stream: this.dashboard.streamId })}`);
    await this.report.reload();
    await this.detailFigure('late').waitFor();
  }

  /** Each face's reading of one figure, as numbers: overlay, popup, report list, stream page. */
  async read(figure: Figure, reportUrl: string): Promise<number[]> {
    const overlay = leadingNumber(await this.overlay(figure).textContent());
    const popup = leadingNumber(await this.popupFigure(figure).textContent());
    await this.openList(reportUrl);
    const list = leadingNumber(await this.listCell(figure).textContent());
    await this.openDetail(reportUrl);
    const detail = leadingNumber(await this.detailFigure(figure).textContent());
    return [overlay, popup, list, detail];
  }
}
