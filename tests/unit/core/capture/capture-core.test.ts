// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeElement, findBound, labelNear, pathOf } from '../../../../core/adapters/picked/find-binding';
import { judgeHealth, LOST_AFTER_MS, STALE_AFTER_MS, START_GRACE_MS } from '../../../../core/capture/health';

const T = 1_000_000;
const base = {
  now: T,
  startedAt: T - 60_000,
  lastGoodAt: T - 500,
  failingSince: null,
  lastDataAt: T - 500,
  expectsData: false,
};

describe('capture health', () => {
  it('is starting before the first reading, and lost if none comes within 10 s', () => {
    expect(judgeHealth({ ...base, startedAt: T - 9_999, lastGoodAt: null })).toBe('starting');
    expect(judgeHealth({ ...base, startedAt: T - START_GRACE_MS, lastGoodAt: null })).toBe('lost');
  });

  it('is lost once a failure has lasted 3 s, not before', () => {
    expect(judgeHealth({ ...base, failingSince: T - (LOST_AFTER_MS - 1) })).toBe('live');
    expect(judgeHealth({ ...base, failingSince: T - LOST_AFTER_MS })).toBe('lost');
  });

  it('is stale when data expected from the page has not come for 30 s', () => {
    expect(judgeHealth({ ...base, expectsData: true, lastDataAt: T - (STALE_AFTER_MS - 1) })).toBe('live');
    expect(judgeHealth({ ...base, expectsData: true, lastDataAt: T - STALE_AFTER_MS })).toBe('stale');
    // A page read only from its text is not stale for showing the same count.
    expect(judgeHealth({ ...base, lastDataAt: T - 10 * STALE_AFTER_MS })).toBe('live');
  });

  it('is paused while the page froze itself, whatever its data and counter say, and live again after', () => {
    // Data 60 s old and a counter failing for 5 s would be "stale" and "lost"; a frozen page explains both.
    const frozen = { ...base, expectsData: true, lastDataAt: T - 60_000, failingSince: T - 5000 };
    expect(judgeHealth({ ...frozen, paused: true })).toBe('paused');
    expect(judgeHealth({ ...frozen, paused: false })).toBe('lost');
    // Before any reading too: a desk opened on its "live over" summary is paused, not lost.
    expect(judgeHealth({ ...base, startedAt: T - START_GRACE_MS, lastGoodAt: null, paused: true })).toBe('paused');
  });
});

describe('a picked number', () => {
  const page = () => {
    document.body.innerHTML = `<main><div class="x9f"><span class="k2">Orders today</span><b id="v-8f3a9c21d4">512</b></div>
      <div><span>Pickers</span><b id="pickers">6</b></div></main>`;
    return document.querySelector('#v-8f3a9c21d4') as Element;
  };

  it('is described by its label, a readable id only, and its path by tag positions', () => {
    const el = page();
    expect(labelNear(el)).toBe('Orders today');
    expect(pathOf(el)).toBe('body > main:nth-of-type(1) > div:nth-of-type(1) > b:nth-of-type(1)');
    expect(describeElement(el, 'https://w.example', 7)).toEqual({
      origin: 'https://w.example',
      label: 'Orders today',
      path: 'body > main:nth-of-type(1) > div:nth-of-type(1) > b:nth-of-type(1)',
      id: null, // "v-8f3a9c21d4" looks generated: not kept
      sample: '512',
      pickedAt: 7,
    });
  });

  it('is found again after a re-render that changes classes, ids and order, by its label', () => {
    const binding = describeElement(page(), 'https://w.example', 7);
    document.body.innerHTML = `<main><div><span>Pickers</span><b>6</b></div>
      <div class="new"><span>Orders today</span><b id="other">530</b></div></main>`;
    expect(findBound(document, binding)?.textContent).toBe('530');
  });

  it('keeps the innermost steps of a deep path, which still find the number', () => {
    // 40 nested divs: the full path (~21 characters a level) would exceed the 500 a binding may hold.
    document.body.innerHTML = `${'<div>'.repeat(40)}<span>7</span><b>512</b>${'</div>'.repeat(40)}`;
    const b = document.querySelector('b') as Element;
    const path = pathOf(b);
    expect(path.length).toBeLessThanOrEqual(480);
    expect(path.endsWith('div:nth-of-type(1) > b:nth-of-type(1)')).toBe(true);
    expect(document.querySelector(path)).toBe(b);
  });

  it('is not found when nothing the binding knows shows a number', () => {
    const binding = describeElement(page(), 'https://w.example', 7);
    document.body.innerHTML = '<main><p>Signed out</p></main>';
    expect(findBound(document, binding)).toBeNull();
  });
});
