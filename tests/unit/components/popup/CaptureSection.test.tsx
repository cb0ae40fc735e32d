// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CaptureLink, CaptureSection } from '../../../../components/popup/CaptureSection';
import type { CaptureStatus } from '../../../../core/capture/health-schema';
import { fail, ok } from '../../../../core/lib/result';

const live: CaptureStatus = {
  status: 'live',
  source: 'page data',
  adapter: 'Douyin live screen',
  streamId: 'douyin:7301234567890123456',
  paidOrders: 12_345,
  problem: null,
  lastReadingAt: 1,
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(status: CaptureStatus | null, fallbackStreamId: string | null = null) {
  const link = {
    status: vi.fn(async () => status),
    pick: vi.fn<CaptureLink['pick']>(async () => fail('unreachable', 'LES Radar may not read https://x.example')),
    manualCount: vi.fn<CaptureLink['manualCount']>(async () => ok({ seq: 7 })),
  };
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<CaptureSection link={link} fallbackStreamId={fallbackStreamId} />, root);
  });
  await act(() => new Promise((r) => setTimeout(r, 0)));
  const text = (sel: string) => root.querySelector(sel)?.textContent;
  const type = async (value: string) => {
    const input = root.querySelector('#manual-count') as HTMLInputElement;
    await act(() => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(() => new Promise((r) => setTimeout(r, 0)));
  };
  return { link, text, type };
}

describe('the popup’s capture section', () => {
  it('says where a live count comes from', async () => {
    const ui = await mount(live);
    expect(ui.text('[data-testid="capture-status"]')).toBe('Live from the page data · Douyin live screen');
  });

  it('names the failing source when capture is lost', async () => {
    const ui = await mount({
      ...live,
      status: 'lost',
      source: 'page counter',
      problem: 'Douyin live screen: paid-order counter not found on the page',
    });
    expect(ui.text('[data-testid="capture-status"]')).toBe(
      'Capture lost from the page counter · Douyin live screen — Douyin live screen: paid-order counter not found on the page',
    );
  });

  it('records a typed count for the tab’s stream, and refuses what is not a whole count', async () => {
    const ui = await mount(live);
    await ui.type('1.5');
    expect(ui.text('[role="alert"]')).toBe('"1.5" is not a whole count of paid orders');
    expect(ui.link.manualCount).not.toHaveBeenCalled();
    await ui.type('12,400');
    expect(ui.link.manualCount).toHaveBeenCalledWith('douyin:7301234567890123456', 12_400);
    expect(ui.text('[role="status"]')).toBe('Recorded 12,400 paid orders.');
  });

  it('offers the typed count for the latest stream when the tab has none, and nothing without any stream', async () => {
    const none = await mount(null);
    expect(none.text('[data-testid="capture-status"]')).toBe('No live dashboard on this tab.');
    expect(root.querySelector('#manual-count')).toBeNull();
    render(null, root);
    root.remove();
    const latest = await mount(null, 'demo:42');
    await latest.type('30');
    expect(latest.link.manualCount).toHaveBeenCalledWith('demo:42', 30);
  });

  it('says why the picker could not start', async () => {
    const ui = await mount(null);
    await act(async () => (root.querySelector('button') as HTMLButtonElement).click());
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(ui.text('[role="alert"]')).toBe('Could not start the picker: LES Radar may not read https://x.example');
  });

  it('picks the paid-order number without a role, and each warehouse counter with its own', async () => {
    const ui = await mount(null);
    const buttons = Array.from(root.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Pick the number on this page',
      'Pick: waiting to be packed',
      'Pick: waiting for the carrier',
      'Pick: shipped today',
    ]);
    for (const b of buttons) await act(async () => b.click());
    expect(ui.link.pick.mock.calls).toEqual([[undefined], ['pickPack'], ['shipTransport'], ['shippedToday']]);
    expect(ui.text('.capture-stages h3')).toBe('Warehouse counters');
  });
});
