// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchCounter } from '../../../../content/capture/counter-watch';

const task = () => new Promise((r) => setTimeout(r, 5));
let stop: (() => void) | undefined;
afterEach(() => stop?.());

function page() {
  document.body.innerHTML = '<div id="paid">0</div><div id="other">0</div>';
  const el = (id: string) => document.getElementById(id) as HTMLElement;
  const reads: string[] = [];
  const watch = watchCounter(
    window as Window & typeof globalThis,
    (records) => records.some((r) => el('paid').contains(r.target)),
    () => reads.push(el('paid').textContent ?? ''),
  );
  stop = () => watch.stop();
  return { el, reads, watch };
}

describe('watchCounter: the counter read in a task of its own', () => {
  it('reads nothing inside the page’s mutation, then once for the changes of one task, at the last value', async () => {
    const { el, reads } = page();
    el('paid').textContent = '5';
    el('paid').textContent = '7';
    await Promise.resolve(); // the observers' microtask, the page's own time
    expect(reads).toEqual([]);
    await task();
    expect(reads).toEqual(['7']);
    el('paid').textContent = '9';
    await task();
    expect(reads).toEqual(['7', '9']);
  });

  it('reads nothing for changes that do not touch the counter', async () => {
    const { el, reads } = page();
    el('other').textContent = '1';
    await task();
    expect(reads).toEqual([]);
  });

  it('reads a change already seen when stopped, and nothing after', async () => {
    const { el, reads, watch } = page();
    el('paid').textContent = '12';
    await Promise.resolve();
    watch.stop();
    expect(reads).toEqual(['12']);
    el('paid').textContent = '13';
    await task();
    expect(reads).toEqual(['12']);
  });
});
