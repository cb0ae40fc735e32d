// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportApp } from '../../../../components/import/ImportApp';
import type { ImportLink } from '../../../../pages/import-link';
import type { ImportOutcome, ImportProgress } from '../../../../workers/import/types';

/** A link the test drives: it reports what the test says and ends when the test says. */
function fakeLink() {
  let report: (p: ImportProgress) => void = () => {};
  let finish: (o: ImportOutcome) => void = () => {};
  const link = {
    run: vi.fn<ImportLink['run']>((_file, _opts, onProgress) => {
      report = onProgress;
      return new Promise<ImportOutcome>((resolve) => {
        finish = resolve;
      });
    }),
    cancel: vi.fn<ImportLink['cancel']>(async () => finish({ kind: 'cancelled', phase: 'reading' })),
  };
  return { link, report: (p: ImportProgress) => report(p), finish: (o: ImportOutcome) => finish(o) };
}

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

async function mount(fake: ReturnType<typeof fakeLink>, download = vi.fn()) {
  await act(() => render(<ImportApp link={fake.link} now={() => 1234} download={download} />, root));
  const input = root.querySelector<HTMLInputElement>('#export-file');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { configurable: true, value: [new File(['x'.repeat(1000)], 'week.csv')] });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(() => button('Import')?.click());
  await settle(); // the import starts once the file's date order has been looked at
  return download;
}

describe('the import page', () => {
  it('shows progress, then the summary; cell-like text in a rejection stays text', async () => {
    const fake = fakeLink();
    const download = await mount(fake);
    expect(fake.link.run.mock.calls[0][1].now).toBe(1234);
    await act(() => fake.report({ phase: 'reading', rows: 120, bytes: 450, totalBytes: 1000 }));
    expect(text('#import-progress-text')).toBe('Reading · 120 rows read · 45 %');
    expect(button('Cancel')).toBeDefined();
    const field = '<img src=x onerror="alert(1)">';
    const rejected = [{ row: 7, field, reason: '<b>not</b> a date' }];
    const summary = { name: 'week.csv', format: 'tiktok', encoding: 'utf-8', rows: 300, added: 5, updated: 1 } as const;
    // An unknown status word: the rows were read from their times, and the page says which word, where.
    const warnings = [{ field: 'Order Status', value: 'Đang giao', rows: 12, row: 3, message: '' }];
    const rest = { unchanged: 2, expired: 0, retentionDays: 120, rejectedCount: 1, rejected, warnings };
    await act(() => fake.finish({ kind: 'done', summary: { ...summary, ...rest } }));
    await settle();
    expect(text('#import-progress-text')).toBe('Done · 300 rows read · 100 %');
    expect(button('Cancel')).toBeUndefined();
    expect(text('[data-figure="added"]')).toBe('5');
    expect(text('[data-figure="warnings"] li')).toBe(
      '“Đang giao” in Order Status (12 rows from row 3): not a status LES Radar knows; those orders were read from their times',
    );
    expect(root.querySelector('table img, table b')).toBeNull();
    expect(text('tbody tr')).toBe(`7${field}<b>not</b> a date`);
    await act(() => button('Download rejected rows (CSV)')?.click());
    expect(download).toHaveBeenCalledWith('week-rejected-rows.csv', expect.stringContaining('row,field,reason'));
  });

  it('cancels through the link and says nothing was stored', async () => {
    const fake = fakeLink();
    await mount(fake);
    await act(() => button('Cancel')?.click());
    await settle();
    expect(fake.link.cancel).toHaveBeenCalledOnce();
    expect(text('p[role="status"]:not(#import-progress-text)')).toBe(
      'Import cancelled while reading: nothing was stored.',
    );
  });

  it('shows a file-level problem as an alert', async () => {
    const fake = fakeLink();
    await mount(fake);
    await act(() => fake.finish({ kind: 'failed', message: 'week.csv: not a TikTok Shop or Douyin order export' }));
    await settle();
    expect(text('[role="alert"]')).toBe('week.csv: not a TikTok Shop or Douyin order export');
  });
});

describe('the date order of a TikTok export', () => {
  const header = 'Order ID,Created Time,Paid Time\n';
  const us = `${header}576461234567890401,11/23/2026 20:00:00,11/23/2026 20:00:30\n`;
  const unclear = `${header}576461234567890401,11/05/2026 20:00:00,11/05/2026 20:00:30\n`;
  const select = () => root.querySelector<HTMLSelectElement>('#date-order');

  async function pick(fake: ReturnType<typeof fakeLink>, content: string) {
    await act(() => render(<ImportApp link={fake.link} now={() => 1234} />, root));
    const input = root.querySelector<HTMLInputElement>('#export-file');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], 'us.csv')] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
  }

  it('is detected from a day above 12 in second place, and the import reads the file month first', async () => {
    const fake = fakeLink();
    await pick(fake, us);
    expect(root.querySelector('label[for="date-order"]')?.textContent).toBe('Date order in the file');
    expect(select()?.value).toBe('MDY');
    expect(text('#date-order-hint')).toBe(
      'Detected month first (US): Created Time of row 1 reads 11/23/2026 20:00:00.',
    );
    await act(() => button('Import')?.click());
    await settle();
    expect(fake.link.run.mock.calls[0][1].slashDates).toBe('MDY');
  });

  it('stays as the user sets it when the file cannot tell, with a warning', async () => {
    const fake = fakeLink();
    await pick(fake, unclear);
    expect(select()?.value).toBe('DMY');
    expect(root.querySelector('#date-order-hint')?.className).toBe('error');
    const s = select();
    if (!s) throw new Error('no select');
    s.value = 'MDY';
    await act(() => {
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => button('Import')?.click());
    await settle();
    expect(fake.link.run.mock.calls[0][1].slashDates).toBe('MDY');
  });
});
