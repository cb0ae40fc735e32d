import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options.page';
import { idleWarehouse } from './settings';

/**
 * The language chosen in the settings, over the browser's (English here): the popup, the options page
 * and the report in 简体中文, then back in English once the seller picks English and saves.
 */
test('the seller picks 简体中文: popup, settings and report speak it, and English comes back', async ({
  dashboard,
  extension,
  backDoors,
}) => {
  await backDoors.setSettings({ ...idleWarehouse, language: 'zh_CN' });
  await dashboard.open();
  await dashboard.addOrders(5);

  const popup = await extension.openPopup();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(popup.getByText('本场订单', { exact: true })).toBeVisible();
  await expect(popup.getByTestId('stream-orders')).toHaveText('5');
  // Nobody packs or ships: every order will miss its deadline.
  await expect(popup.locator('.page-header .status')).toHaveText('订单有超时风险');
  await expect(popup.getByRole('heading', { name: '各环节积压' })).toBeVisible();
  await expect(popup.getByRole('link', { name: '直播报告' })).toBeVisible();
  // The sentences the model builds: the scorecard's name, a suggested action (only order receipt's help
  // here) and which stage holds the late orders (pick & pack and ship & transport share them).
  await expect(popup.getByRole('heading', { name: '物流体验分项（抖音 100 分制，2026-07 规则）' })).toBeVisible();
  await expect(popup.getByTestId('actions').locator('li').first()).toContainText(
    /^(暂停下一次上架商品|下一次上架商品限量为库存的一半|新订单承诺改为 .+内发货)订单接收/,
  );
  await expect(popup.getByTestId('attribution')).toHaveText(
    /^预计 [\d,]+ 单延迟订单中，\d+ % 卡在(拣货打包|发货揽收)环节（(人手|物流合作方)：.+）(。|；“.+”可避免其中 [\d,]+ 单。)$/,
  );

  const report = await extension.openReport();
  await expect(report).toHaveTitle('LES Radar · 直播报告');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('直播报告');
  await expect(report.getByRole('columnheader', { name: '积压峰值' })).toBeVisible();
  await expect(report.getByRole('link', { name: /^直播 .+ 的详情$/ })).toBeVisible();

  // A stream's page: its sections, captions and tables in 简体中文; the CSV keeps its English columns' file name.
  await report.getByRole('link', { name: `直播 ${dashboard.streamId} 的详情` }).click();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`直播 ${dashboard.streamId}`);
  await expect(report.getByRole('heading', { name: '进单走势', exact: true })).toBeVisible();
  await expect(report.getByRole('heading', { name: '延迟发货：预测与实际' })).toBeVisible();
  await expect(report.getByTestId('caption-arrivals')).toContainText('最忙的一分钟成交 5 单');
  // Late predicted at the last estimate as the popup said it, beside the model over the 5 recorded orders.
  await expect(report.getByTestId('late-sentence')).toHaveText(
    /^最后一次估算的预计延迟发货：[\d,]+（P10–P90：[\d,]+–[\d,]+）；仅按已记录进单运行模型：5 单。尚未导入覆盖本场的订单导出文件。$/,
  );
  await expect(report.getByRole('rowheader', { name: '预测：按整场已记录进单运行模型' })).toBeVisible();
  await expect(report.getByRole('button', { name: `下载 CSV：延迟发货，${dashboard.streamId}` })).toBeVisible();
  await report.getByRole('link', { name: '全部直播' }).click();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('直播报告');

  // The overlay follows the browser's language (English in this test's Chromium), not the settings.
  await expect(dashboard.overlay.getByRole('button', { name: 'Fold the overlay to a dot' })).toBeVisible();

  const options = await new OptionsPage(await extension.openOptions()).ready();
  await expect(options.page.getByRole('heading', { level: 1 })).toHaveText('LES Radar 设置');
  await expect(options.saveButton).toHaveText('保存');
  await expect(options.page.getByRole('heading', { name: '拣货打包' })).toBeVisible();
  const language = options.page.getByLabel('LES Radar 显示语言');
  await expect(language).toHaveValue('zh_CN');

  // English chosen and saved: the page reloads in it, and so does every page opened after.
  await language.selectOption('en');
  await options.saveButton.click();
  await expect(options.page.getByRole('heading', { level: 1 })).toHaveText('LES Radar settings');
  expect((await backDoors.storedSettings())?.language).toBe('en');

  await popup.reload();
  await expect(popup.getByText('Stream orders', { exact: true })).toBeVisible();
  await expect(popup.locator('.page-header .status')).toHaveText('Orders at risk');
  await expect(popup.getByRole('heading', { name: 'Logistics sub-score (douyin-2026-07)' })).toBeVisible();
  await expect(popup.getByTestId('attribution')).toHaveText(
    /^\d+ % of the [\d,]+ predicted late orders are held up in /,
  );
  await report.reload();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Stream reports');
  await expect(report.getByRole('columnheader', { name: 'Peak backlog' })).toBeVisible();
});
