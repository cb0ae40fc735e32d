import { expect, test } from './fixtures';
import { ImportPage } from './pages/import.page';
import { idleWarehouse } from './settings';
import { tiktokTime, writeExport } from './tiktok-export';

test('an imported export shows what really happened with a recorded stream', async ({
  dashboard,
  extension,
  backDoors,
}) => {
  await backDoors.setSettings(idleWarehouse); // Asia/Shanghai, 48 h promise
  await dashboard.open();
  await dashboard.addOrders(5);
  await expect(dashboard.overlayFigure('backlog')).toHaveText('5');
  // The seller's export: three orders paid during the stream, one of them already picked up.
  const now = Date.now();
  const t = (ms: number) => tiktokTime(ms, 'Asia/Shanghai');
  const path = writeExport(
    'les-radar-export',
    [
      'Order ID',
      'Quantity',
      'Order Amount',
      'Paid Time',
      'Shipped Time',
      'Delivered Time',
      'Cancelled Time',
      'Cancel By',
    ],
    [
      ['576461234567890201', '1', '10.00', t(now), t(now + 1000), '', '', ''],
      ['576461234567890202', '1', '10.00', t(now), '', '', '', ''],
      ['576461234567890203', '2', '20.00', t(now), '', '', '', ''],
    ],
  );
  const importPage = new ImportPage(await extension.openImport());
  await importPage.importPath(path, 'Asia/Shanghai');
  await importPage.finished();
  await expect(importPage.figure('added')).toHaveText('3');

  const report = await extension.openReport();
  const row = report.locator(`tr[data-stream="${dashboard.streamId}"]`);
  // Three orders paid between the stream's first reading and ten minutes after its last; none is past
  // its 48 h deadline yet, so none shipped late.
  await expect(row.getByTestId('actual-orders')).toHaveText('3');
  await expect(row.getByTestId('actual-late')).toHaveText('0');
});
