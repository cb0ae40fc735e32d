import { startDemoServer } from '../../demo/server';
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard.page';
import { ReportDetailPage } from './pages/report.page';
import { idleWarehouse } from './settings';

test('a stream’s report: charts with their numbers, a CSV, and two streams compared', async ({
  context,
  dashboard,
  extension,
  backDoors,
}) => {
  // Nobody packs and no carrier comes: every order waits, and every order misses its 48 h deadline.
  await backDoors.setSettings(idleWarehouse);
  await dashboard.open();
  await dashboard.addOrders(20);
  await expect(dashboard.overlayFigure('backlog')).toHaveText('20');
  // A second stream on another live room.
  const demo2 = await startDemoServer({ mode: 'manual', pollMs: 250 });
  try {
    const second = new DashboardPage(await context.newPage(), demo2);
    await second.open();
    await second.addOrders(5);
    await expect(second.overlayFigure('backlog')).toHaveText('5');

    const page = await extension.openReport();
    const report = new ReportDetailPage(page);
    await report.openStream(dashboard.streamId);
    expect(new URL(page.url()).hash).toBe(`#stream=${encodeURIComponent(dashboard.streamId)}`);

    // The arrival curve: 20 orders, all added at once, so the busiest minute holds all 20.
    await expect(report.chartCanvas('chart-arrivals').first()).toBeVisible();
    await expect(report.caption('arrivals')).toContainText('20 orders paid in');
    await expect(report.caption('arrivals')).toContainText('the busiest minute had 20, at');
    // The backlog: no pickup ever, so 20 wait at the peak and still 20 are waiting 48 hours later.
    await expect(report.chartCanvas('chart-backlog').first()).toBeVisible();
    await expect(report.caption('backlog')).toContainText('At most 20 orders waited for the carrier');
    await expect(report.caption('backlog')).toContainText('48 hours after the stream, 20 still waited for pickup.');
    // Late dispatches: the model's 20 of 20 (never picked up); no export imported, so no actual figure.
    const model = 'Predicted: the model over the whole recorded stream';
    await expect(report.cell('table-late', model, 'orders')).toHaveText('20');
    await expect(report.cell('table-late', model, 'late')).toHaveText('20');
    await expect(report.cell('table-late', 'Actual: the imported order export', 'late')).toHaveText('—');
    // No imported history: the score's path says what it needs instead of drawing nothing.
    await expect(page.getByText('Import an order export covering the weeks around this stream')).toBeVisible();

    // The late table as CSV: headers in words, numbers unformatted, the missing actual blank.
    const csv = await report.downloadCsv(`Late dispatches, ${dashboard.streamId}`);
    expect(csv.name).toBe(`late-dispatches-demo-${dashboard.demo.room}.csv`);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('Source,Orders,Late dispatches,Note');
    expect(lines[1]).toBe(`${model},20,20,Today’s settings`);
    expect(lines.at(-1)).toMatch(/^Actual: the imported order export,,,Import an order export/);

    // Both streams side by side: 20 and 5 orders, busiest minutes 20 and 5, the curves overlaid.
    await report.compare(dashboard.streamId, second.streamId);
    expect(new URL(page.url()).hash).toContain('compare=');
    await expect(report.cell('table-compare', 'Orders', 'a')).toHaveText('20');
    await expect(report.cell('table-compare', 'Orders', 'b')).toHaveText('5');
    await expect(report.cell('table-compare', 'Busiest minute (orders)', 'b')).toHaveText('5');
    await expect(report.chartCanvas('chart-compare').first()).toBeVisible();
    await expect(report.caption('compare')).toContainText(`${dashboard.streamId}: 20 orders in`);
    await expect(report.caption('compare')).toContainText(`${second.streamId}: 5 orders in`);
    const compared = await report.downloadCsv('Key figures, side by side');
    expect(compared.text.split('\r\n')).toContain('Orders,20,5');
  } finally {
    await demo2.close();
  }
});
