// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountOptions, type OptionsUi } from './harness';

let ui: OptionsUi;
beforeEach(async () => {
  ui = await mountOptions();
});
afterEach(() => ui.unmount());

const binding = {
  origin: 'https://wallboard.example',
  label: 'Orders today',
  path: 'body > table:nth-of-type(1)',
  id: null,
  sample: '512',
  pickedAt: 1,
};

describe('live capture on the options page', () => {
  it('lists every dashboard reader switched on, and saves the one switched off', async () => {
    const douyin = ui.field('f-capture-disabledAdapters-douyin');
    expect(douyin.checked).toBe(true);
    expect(ui.$('label[for="f-capture-disabledAdapters-douyin"]').textContent).toBe('Read the Douyin live screen');
    await ui.click(douyin);
    await ui.click(ui.saveButton());
    expect(ui.state.stored.capture.disabledAdapters).toEqual(['douyin']);
    await ui.click(ui.field('f-capture-disabledAdapters-douyin'));
    await ui.click(ui.saveButton());
    expect(ui.state.stored.capture.disabledAdapters).toEqual([]);
  });

  it('says "unverified" beside the switch of a reader whose page shape is a reconstruction, and only there', async () => {
    const described = (adapter: string) => {
      const ids = ui.field(`f-capture-disabledAdapters-${adapter}`).getAttribute('aria-describedby');
      return ids ? ui.$(`#${ids}`).textContent : null;
    };
    expect(ui.$('label[for="f-capture-disabledAdapters-tiktok-live-manager"]').textContent).toBe(
      'Read the TikTok LIVE Manager',
    );
    expect(described('tiktok-live-manager')).toBe('unverified');
    expect(described('tiktok')).toBe('unverified');
    expect(described('douyin')).toBe('unverified');
    expect(described('demo')).toBeNull(); // our own page
    expect(ui.$('#f-capture-disabledAdapters-tiktok-live-manager-unverified').closest('.field')).toBe(
      ui.field('f-capture-disabledAdapters-tiktok-live-manager').closest('.field'),
    );
    expect(ui.root.textContent).toContain('Unverified: built from public notes about the page');
    // Still a kill switch like any other.
    await ui.click(ui.field('f-capture-disabledAdapters-tiktok-live-manager'));
    await ui.click(ui.saveButton());
    expect(ui.state.stored.capture.disabledAdapters).toEqual(['tiktok-live-manager']);
  });

  it('lists the numbers picked by hand and forgets one', async () => {
    ui.unmount();
    ui = await mountOptions({ capture: { disabledAdapters: [], bindings: [binding] } });
    expect(ui.$('.bindings li').textContent).toBe('https://wallboard.example: “Orders today” (was 512) Forget');
    await ui.click(ui.button('Forget'));
    await ui.click(ui.saveButton());
    expect(ui.state.stored.capture.bindings).toEqual([]);
  });
});

describe('the scorecard choice', () => {
  it('shows the chosen rule’s date, our data version and its source, and follows the choice', async () => {
    expect(ui.$('#f-scorecard-hint').textContent).toMatch(
      /^In force from 2026-07-14 · our data version 1 · source: 商家体验分规范 \(Merchant Experience Score rules\), 100-point version · deadlines on Asia\/Shanghai time; business days skip 中国法定节假日 \(China public holidays\) \(listed for 2026; next: /,
    );
    await ui.pick('f-scorecard', 'tiktok-us-2026');
    expect(ui.$('#f-scorecard-hint').textContent).toMatch(
      /^In force from \d{4}-\d{2}-\d{2} · our data version \d+ · source: .* · deadlines on America\/Los_Angeles time; business days skip US federal holidays/,
    );
    expect(ui.$('#f-scorecard-hint').textContent).not.toContain('商家体验分');
  });
});
