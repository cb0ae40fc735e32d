// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunOfShow, type RunOfShowLink } from '../../../../components/popup/RunOfShow';
import { streamFigures } from '../../../../core/faces/stream-figures';
import { fail, ok } from '../../../../core/lib/result';
import type { PlannedDrop } from '../../../../core/model/run-of-show';
import { computeEstimate } from '../../../../core/outlook/estimate';
import { defaultSettings } from '../../../../core/settings/settings';
import { sh, snap } from '../../helpers';

/** A stream from 20:00 (Shanghai, the default settings' zone) with 400 orders by 20:20. */
const NOW = sh('2026-12-05', '20:20');
const figures = streamFigures(
  computeEstimate([snap(0, sh('2026-12-05', '20:00'), 0), snap(1, NOW, 400)], defaultSettings, NOW),
);
const firstDrop = { at: sh('2026-12-05', '20:00'), orders: 1000 };

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

async function mount(stored: PlannedDrop[], save: RunOfShowLink['save'] = async () => ok(null)) {
  const link = { read: vi.fn<RunOfShowLink['read']>(async () => ok(stored)), save: vi.fn(save) };
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<RunOfShow figures={figures} link={link} halfLifeMinutes={20} />, root);
  });
  await settle();
  const text = (sel: string) => root.querySelector(sel)?.textContent;
  const field = (id: string, value: string) => {
    const input = root.querySelector(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const add = async (time: string, orders: string) => {
    await act(() => {
      field('drop-time', time);
      field('drop-orders', orders);
    });
    // Enter in a field submits the form.
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
  };
  return { link, text, add };
}

describe('the popup’s run of show', () => {
  it('says there is no plan, and labels both fields with the zone the time is read in', async () => {
    const ui = await mount([]);
    expect(ui.link.read).toHaveBeenCalledWith('demo:7301234567');
    expect(ui.text('[data-testid="plan-standing"]')).toBe('No plan: the forecast is the recent rate fading.');
    expect(ui.text('label[for="drop-time"]')).toBe('Drop at (Asia/Shanghai)');
    expect(ui.text('label[for="drop-orders"]')).toBe('Expected orders');
  });

  it('lists the stored drops and says how the stream runs against them', async () => {
    const ui = await mount([firstDrop]);
    expect(ui.text('[data-testid="planned-drops"] li span')).toBe('20:00 · 1,000 orders');
    // At 20:20, one half-life into the drop, the plan expected 500; 400 came: (400 + 50) / (500 + 50) = 82 %.
    expect(ui.text('[data-testid="plan-standing"]')).toBe(
      'The forecast follows your plan: 1,000 orders planned; the stream runs at 82 % of it so far.',
    );
  });

  it('adds a drop at the typed time in the settings’ zone, saved at once with the others in time order', async () => {
    const ui = await mount([firstDrop]);
    await ui.add('20:30', '2,000');
    const added = { at: sh('2026-12-05', '20:30'), orders: 2000 };
    expect(ui.link.save).toHaveBeenCalledWith('demo:7301234567', [firstDrop, added]);
    expect([...root.querySelectorAll('[data-testid="planned-drops"] li span')].map((s) => s.textContent)).toEqual([
      '20:00 · 1,000 orders',
      '20:30 · 2,000 orders',
    ]);
    expect(ui.text('[role="status"]')).toBe('Saved: a drop at 20:30 with 2,000 orders.');
    expect(ui.text('[data-testid="plan-standing"]')).toContain('3,000 orders planned');
    expect((root.querySelector('#drop-orders') as HTMLInputElement).value).toBe('');
  });

  it('removes a drop by its button, named for screen readers', async () => {
    const ui = await mount([firstDrop]);
    const button = root.querySelector('[data-testid="planned-drops"] button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Remove the drop at 20:00 · 1,000 orders');
    await act(async () => button.click());
    await settle();
    expect(ui.link.save).toHaveBeenCalledWith('demo:7301234567', []);
    expect(root.querySelector('[data-testid="planned-drops"]')).toBeNull();
    expect(ui.text('[data-testid="plan-standing"]')).toBe('No plan: the forecast is the recent rate fading.');
  });

  it('refuses what is not a count, and keeps the list when the background refuses the plan', async () => {
    const ui = await mount([], async () => fail('invalid-message', 'set-run-of-show.drops[0].at: too far'));
    await ui.add('20:30', 'lots');
    expect(ui.text('[role="alert"]')).toBe('"lots" is not a whole count of orders from 0 to 1,000,000');
    expect(ui.link.save).not.toHaveBeenCalled();
    await ui.add('20:30', '500');
    expect(ui.text('[role="alert"]')).toBe('The run of show was not saved: set-run-of-show.drops[0].at: too far');
    expect(root.querySelector('[data-testid="planned-drops"]')).toBeNull();
    // The typed values stay, to be corrected.
    expect((root.querySelector('#drop-orders') as HTMLInputElement).value).toBe('500');
  });
});
