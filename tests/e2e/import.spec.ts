import { copyFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { ImportPage, importFixture } from './pages/import.page';

/**
 * The fixtures' orders were paid 20–23 November 2026 and the history keeps 120 days counted back from
 * the page's clock; pinning that clock keeps the orders inside the window whatever day the tests run.
 */
const NOW = new Date('2026-11-26T12:00:00Z');

test('imports an export with progress, a summary and its rejected rows; the same file again changes nothing', async ({
  context,
  extension,
}, testInfo) => {
  await context.clock.setFixedTime(NOW);
  const page = new ImportPage(await extension.openImport());
  await page.import('tiktok-week.csv', 'Europe/London');
  await page.finished();

  // tiktok-week.csv, header on line 1, nine records on lines 2–11 (line 8's Buyer Message takes two lines):
  //   lines 2–3  …0301 two SKU lines of one order   → 1 order
  //   line 4     …0302 shipped                      → 1 order
  //   line 5     …0303 cancelled by the buyer       → 1 order
  //   line 6     …0304 Paid Time "32/11/2026"       → rejected
  //   line 7     …0305 Cancel By "Courier"          → rejected
  //   lines 8–9  …0306 delivered                    → 1 order
  //   line 10    "ORDER-307"                        → rejected
  //   line 11    …0308 paid, waiting                → 1 order
  // Rows read 9, orders added 5, rejected 3.
  await expect(page.figure('format')).toHaveText('TikTok Shop Seller Center');
  await expect(page.figure('rows')).toHaveText('9');
  await expect(page.figure('added')).toHaveText('5');
  await expect(page.figure('updated')).toHaveText('0');
  await expect(page.figure('unchanged')).toHaveText('0');
  await expect(page.figure('rejected')).toHaveText('3');
  const dateReason = 'not a date and time like DD/MM/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS';
  expect(await page.rejectedRows()).toEqual([
    ['6', 'Paid Time', dateReason],
    ['7', 'Cancel By', 'not one of Buyer, Seller, System, Platform'],
    ['10', 'Order ID', 'not an order id (16–24 digits)'],
  ]);
  const csv = await page.downloadRejected();
  expect(csv.name).toBe('tiktok-week-rejected-rows.csv');
  expect(csv.text).toBe(
    `\uFEFFrow,field,reason\r\n6,Paid Time,${dateReason}\r\n7,Cancel By,"not one of Buyer, Seller, System, Platform"\r\n` +
      '10,Order ID,not an order id (16–24 digits)',
  );
  const shot = testInfo.outputPath('import.png');
  await page.page.screenshot({ path: shot, fullPage: true });
  if (process.env.IMPORT_SCREENSHOT) await copyFile(shot, process.env.IMPORT_SCREENSHOT);

  // The same file again: every order is already stored as the file has it.
  await page.import('tiktok-week.csv', 'Europe/London');
  await page.finished();
  await expect(page.figure('unchanged')).toHaveText('5');
  await expect(page.figure('added')).toHaveText('0');
  await expect(page.figure('updated')).toHaveText('0');
  await expect(page.figure('rejected')).toHaveText('3');
});

test('a US export (MM/DD/YYYY) is detected as month first and imported with every row read', async ({
  context,
  extension,
  backDoors,
}) => {
  await context.clock.setFixedTime(NOW);
  const page = new ImportPage(await extension.openImport());
  await page.fileInput.setInputFiles(importFixture('tiktok-us.csv'));
  // Row 1's Created Time is 11/20/2026: 20 cannot be a month, so the day comes second.
  await expect(page.dateOrder).toHaveValue('MDY');
  await expect(page.dateOrderHint).toHaveText(
    'Detected month first (US): Created Time of row 1 reads 11/20/2026 18:00:00.',
  );
  await page.import('tiktok-us.csv', 'America/Los_Angeles');
  await page.finished();
  // Three orders on three lines, 20–23 November; read day first, every one would be rejected (month 20…).
  await expect(page.figure('rows')).toHaveText('3');
  await expect(page.figure('added')).toHaveText('3');
  await expect(page.figure('rejected')).toHaveText('0');

  // The user can still say otherwise: day first makes the same file's dates impossible, row by row.
  await page.dateOrder.selectOption('DMY');
  await page.importButton.click();
  await page.finished();
  await expect(page.figure('rejected')).toHaveText('3');
  expect((await page.rejectedRows())[0]).toEqual([
    '2',
    'Created Time',
    'not a date and time like DD/MM/YYYY HH:MM:SS or YYYY-MM-DD HH:MM:SS',
  ]);

  // The destination is kept at state level (TX stored as Texas); the city, street and zip are not.
  const { json } = await backDoors.storedDatabase();
  for (const kept of ['California', 'Texas', 'New York', 'Ceramic Mug', 'Standard shipping'])
    expect(json).toContain(kept);
  for (const gone of ['Pasadena', 'Austin', 'Brooklyn', '91101', 'Juniper', 'Quartermaine', '6265550199']) {
    expect(json).not.toContain(gone);
  }
});

test('a file that is not an order export gets one clear error naming the file and the columns looked for', async ({
  extension,
}) => {
  const page = new ImportPage(await extension.openImport());
  await page.fileInput.setInputFiles({
    name: 'notes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Title,Body\r\na,b\r\n'),
  });
  await page.importButton.click();
  await expect(page.alert).toContainText('notes.csv: not a TikTok Shop or Douyin order export');
  await expect(page.alert).toContainText('Order ID, Quantity, Order Amount, Paid Time');
  await expect(page.alert).toContainText('主订单编号, 商品数量');
});

/** Every personal value of tiktok-pii.csv and douyin-pii.gbk.csv, and the digits a phone or note could leak as. */
const PERSONAL = [
  // tiktok-pii.csv
  'zq_quillfeather_7731',
  'Zephyrine',
  'Quillfeather',
  'Okonkwo',
  '7700900731',
  '07700 900731',
  'QX7 3ZP',
  'Quillshire',
  'Marmalade Cove',
  'Brassmoor',
  'Octopus Lighthouse',
  'Periwinkle',
  'Tangerine Court',
  'brass octopus doorbell',
  'JJDPIITRACK000401',
  'bartholomew.xylograph',
  'Bartholomew',
  'Xylograph',
  'Vantongeren',
  '7700900842',
  'VX2 8QJ',
  'Wexmoorland',
  'Gooseberry Falls',
  'Cobaltgate',
  'Wisteria Drawbridge',
  'behind the windmill',
  'Ottoline',
  'Frostwhistle',
  '1979-04-12',
  // douyin-pii.gbk.csv (GBK)
  '欧阳翠花',
  '13700137731',
  '湖州市',
  '安吉县',
  '递铺街道',
  '紫藤花园',
  '蓝色鞋柜',
  '7589000773100',
  '翠花小铺掌柜',
  '司马翠萍',
  'UElJRU5DUllQVEVE', // the encrypted ##…## / $$…$$ copies
  '苏州市',
  '平江街道',
  '菱角巷',
];

test('no personal data of an imported export reaches any object store of the database', async ({
  context,
  extension,
  backDoors,
}) => {
  await context.clock.setFixedTime(NOW);
  const page = new ImportPage(await extension.openImport());
  await page.import('tiktok-pii.csv', 'Europe/London');
  await page.finished();
  await expect(page.figure('added')).toHaveText('2');
  await page.import('douyin-pii.gbk.csv', 'Asia/Shanghai');
  await page.finished();
  await expect(page.figure('format')).toHaveText('Douyin 抖店');
  await expect(page.figure('added')).toHaveText('2');

  const { stores, json } = await backDoors.storedDatabase();
  expect(stores).toEqual(expect.arrayContaining(['orderChunks', 'orderIndex', 'imports']));
  // The scan sees the import: both files' orders, and the GBK carrier name decoded in the worker.
  for (const kept of ['576461234567890401', '6917591234567890402', '中通快递', 'douyin-pii.gbk.csv']) {
    expect(json).toContain(kept);
  }
  // The import records carry the pinned clock: the retention window was counted from it.
  expect(json).toContain(`"at":${NOW.getTime()}`);
  expect(PERSONAL.filter((needle) => json.includes(needle))).toEqual([]);
});
