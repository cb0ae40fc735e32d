// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoAdapter } from './index';

// A saved copy of the demo dashboard (demo/dashboard.html) in room 7301234567 with GMV ¥98,765.40, Paid orders 1,234,
// Items sold 2,345 and Viewers 12,870. happy-dom replaces the global URL, so the path is built with node:path.
const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'dashboard.html'), 'utf8');
const load = (): Document => new DOMParser().parseFromString(html, 'text/html');
const DEMO_URL = new URL('http://127.0.0.1:5173/');

/** The tile (label and value) whose label reads `label`. */
const tileOf = (doc: Document, label: string): Element => {
  const h3 = Array.from(doc.querySelectorAll('h3')).find((h) => h.textContent === label);
  if (!h3?.parentElement) throw new Error(`fixture has no "${label}" tile`);
  return h3.parentElement;
};

describe('demo adapter: matching the page', () => {
  it('matches the demo page on 127.0.0.1 and localhost', () => {
    expect(demoAdapter.matches(DEMO_URL, load())).toBe(true);
    expect(demoAdapter.matches(new URL('http://localhost:5173/'), load())).toBe(true);
  });

  it('does not match another host, even with the marker', () => {
    expect(demoAdapter.matches(new URL('https://compass.jinritemai.com/screen/live'), load())).toBe(false);
    expect(demoAdapter.matches(new URL('http://127.0.0.2:5173/'), load())).toBe(false);
  });

  it('does not match a local page without the marker', () => {
    const doc = load();
    doc.querySelector('meta[name="les-radar-demo"]')?.remove();
    expect(demoAdapter.matches(DEMO_URL, doc)).toBe(false);
  });
});

describe('demo adapter: stream id', () => {
  it('names the stream after the room in the marker', () => {
    expect(demoAdapter.streamId(DEMO_URL, load())).toBe('demo:7301234567');
  });

  it('has no stream id while the marker is empty or missing', () => {
    const doc = load();
    doc.querySelector('meta[name="les-radar-demo"]')?.setAttribute('content', '  ');
    expect(demoAdapter.streamId(DEMO_URL, doc)).toBeNull();
    doc.querySelector('meta[name="les-radar-demo"]')?.remove();
    expect(demoAdapter.streamId(DEMO_URL, doc)).toBeNull();
  });
});

describe('demo adapter: the paid-orders counter', () => {
  it('finds the Paid orders value and reads "1,234" as 1234', () => {
    const el = demoAdapter.findCounter(load());
    expect(el?.id).toBe('paid');
    expect(el && demoAdapter.readCounter(el)).toEqual({ ok: true, value: 1234 });
  });

  it('still finds it when the tiles are reordered', () => {
    const doc = load();
    const kpis = tileOf(doc, 'Paid orders').parentElement;
    kpis?.append(tileOf(doc, 'Paid orders')); // now the last tile, after Items sold and Viewers
    kpis?.prepend(tileOf(doc, 'Viewers'));
    expect(demoAdapter.findCounter(doc)?.textContent).toBe('1,234');
  });

  it('still finds it when class names and tags change', () => {
    const doc = load();
    for (const el of Array.from(doc.querySelectorAll('[class]'))) el.setAttribute('class', 'x7f3a_9');
    for (const el of Array.from(doc.querySelectorAll('[id]'))) el.removeAttribute('id');
    // A release that rebuilds the tile with other tags and a label in capitals with spaces around it.
    tileOf(doc, 'Paid orders').innerHTML = '<p class="k2"> PAID ORDERS </p><span><b class="v9">1,234</b></span>';
    const el = demoAdapter.findCounter(doc);
    expect(el?.textContent?.trim()).toBe('1,234');
    expect(el && demoAdapter.readCounter(el)).toEqual({ ok: true, value: 1234 });
  });

  it('finds nothing when the page has no Paid orders tile', () => {
    const doc = load();
    tileOf(doc, 'Paid orders').remove();
    expect(demoAdapter.findCounter(doc)).toBeNull();
  });

  it('reports a placeholder "—" as an error instead of guessing', () => {
    const doc = load();
    const paid = doc.getElementById('paid') as Element;
    paid.textContent = '—';
    expect(demoAdapter.readCounter(paid)).toEqual({ ok: false, reason: 'not a number: "—"' });
  });

  // While the Paid orders tile shows a placeholder, the finder must not climb past the tile to the KPI row and
  // return its first number, the Items sold value (2,345): capture would record it as paid orders.
  it('never returns another tile’s number while Paid orders shows "—"', () => {
    const doc = load();
    (doc.getElementById('paid') as Element).textContent = '—';
    expect(demoAdapter.findCounter(doc)?.id ?? null).toBeOneOf([null, 'paid']);
  });
});
