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
}) => {
  await extension.setSettings({ ...idleWarehouse, language: 'zh_CN' });
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

  const report = await extension.openReport();
  await expect(report).toHaveTitle('LES Radar · 直播报告');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('直播报告');
  await expect(report.getByRole('columnheader', { name: '积压峰值' })).toBeVisible();
  await expect(report.getByRole('link', { name: /^直播 .+ 的详情$/ })).toBeVisible();

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
  expect((await extension.storedSettings())?.language).toBe('en');

  await popup.reload();
  await expect(popup.getByText('Stream orders', { exact: true })).toBeVisible();
  await expect(popup.locator('.page-header .status')).toHaveText('Orders at risk');
  await report.reload();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Stream reports');
  await expect(report.getByRole('columnheader', { name: 'Peak backlog' })).toBeVisible();
});
