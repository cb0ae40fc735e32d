// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../registry';
import { tiktokLiveManagerAdapter as manager } from './live-manager';

// LIVE Manager (fixtures/live-manager.html; what is public and what is reconstructed: fixtures/PROVENANCE.md):
// Sold items in the one [data-tid="m4b_space"] ("$48.00", "#250"), the auction card "#251", the analytics
// card #guide-Step-2 with Attributed GMV "$4.64K", Orders 987, Items sold 1,650, Viewers "3.2K"; no room id.
// happy-dom replaces the global URL, so file paths are built with node:path.
const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'live-manager.html'), 'utf8');
const load = (): Document => new DOMParser().parseFromString(html, 'text/html');

const URL_LM = new URL('https://shop.tiktok.com/streamer/live/product/dashboard');
const ROOM = '7301234567890123456';

const read = (doc: Document) => {
  const el = manager.findCounter(doc);
  return el ? manager.readCounter(el) : null;
};

/** The analytics tile whose label reads `label`, and its value element. */
const tile = (doc: Document, label: string) => {
  const name = Array.from(doc.querySelectorAll('#guide-Step-2 span')).find((s) => s.textContent === label);
  const metric = name?.closest('[class^="analytics__metric"]');
  const value = metric?.querySelector('[class^="analytics__value"]');
  if (!metric || !value) throw new Error(`fixture has no "${label}" tile`);
  return { metric, value };
};

describe('LIVE Manager: which pages', () => {
  it('matches its one address, with a query or a trailing slash, and is the adapter the registry picks there', () => {
    for (const href of [URL_LM.href, `${URL_LM.href}?tool_tab=auction`, `${URL_LM.href}/`]) {
      expect(manager.matches(new URL(href), load()), href).toBe(true);
      expect(adapterFor(new URL(href), load())?.id, href).toBe('tiktok-live-manager');
    }
  });

  it('does not match other shop.tiktok.com pages, plain http or look-alike hosts', () => {
    for (const href of [
      'https://shop.tiktok.com/streamer/live-console',
      'https://shop.tiktok.com/streamer/live/product/dashboard-old',
      'https://shop.tiktok.com/view/product/1729',
      'http://shop.tiktok.com/streamer/live/product/dashboard',
      'https://shop.tiktok.com.evil.example/streamer/live/product/dashboard',
      'https://seller-us.tiktok.com/streamer/live/product/dashboard',
    ]) {
      expect(manager.matches(new URL(href), load()), href).toBe(false);
    }
  });
});

describe('LIVE Manager: its stream', () => {
  it('shows no room id, so the page names no stream and asks capture for a local one', () => {
    expect(manager.streamId(URL_LM, load())).toBeNull();
    expect(manager.localStreamWhenNoRoom).toBe(true);
  });

  it('takes a room id should the page ever show one, in the address or as "LIVE ID"', () => {
    expect(manager.streamId(new URL(`${URL_LM.href}?room_id=${ROOM}`), load())).toBe(`tiktok:${ROOM}`);
    const doc = load();
    doc.querySelector('header')?.insertAdjacentHTML('beforeend', `<span>LIVE ID</span><span>${ROOM}</span>`);
    expect(manager.streamId(URL_LM, doc)).toBe(`tiktok:${ROOM}`);
  });

  it('names the stream like the Seller Center dashboard does, so one room is one stream on both', () => {
    expect(manager.streamPrefix).toBe('tiktok');
  });
});

describe('LIVE Manager: the orders counter', () => {
  it('reads Orders 987 in the analytics card: not Attributed GMV, a Sold items price or a variation number', () => {
    expect(read(load())).toEqual({ ok: true, value: 987 });
  });

  it('reads compact values as approximate counts: "4.64K" is 4,640 and "1.2M" 1,200,000', () => {
    const doc = load();
    const { value } = tile(doc, 'Orders');
    value.textContent = '4.64K';
    expect(read(doc)).toEqual({ ok: true, value: 4640, approximate: true });
    value.textContent = '1.2M';
    expect(read(doc)).toEqual({ ok: true, value: 1_200_000, approximate: true });
  });

  it('refuses "$4.64K", the GMV display, as money rather than a count', () => {
    const doc = load();
    tile(doc, 'Orders').value.textContent = '$4.64K';
    expect(read(doc)).toEqual({ ok: false, reason: '"$4.64K" is money, not a count' });
  });

  it('prefers the analytics card to an "Orders" figure elsewhere on the page, even one shown first', () => {
    const doc = load();
    doc.querySelector('aside')?.insertAdjacentHTML('afterbegin', '<div><span>Orders</span><span>12</span></div>');
    expect(read(doc)).toEqual({ ok: true, value: 987 });
  });

  it('finds the card under either spelling of its id, and after a release renames every class', () => {
    const doc = load();
    doc.getElementById('guide-Step-2')?.setAttribute('id', 'guide-step-2');
    for (const el of Array.from(doc.querySelectorAll('[class]'))) el.setAttribute('class', 'css-1q2w3e4');
    doc.querySelector('aside')?.insertAdjacentHTML('afterbegin', '<div><span>Orders</span><span>12</span></div>');
    expect(read(doc)).toEqual({ ok: true, value: 987 });
  });

  it('looks outside the card when the card has no orders tile, but never in the Sold items list', () => {
    const doc = load();
    tile(doc, 'Orders').metric.remove();
    const panel = '<div><span>Orders</span><span>1,020</span></div>';
    doc.querySelector('[data-tid="m4b_space"]')?.insertAdjacentHTML('afterbegin', panel);
    expect(manager.findCounter(doc)).toBeNull();
    doc.querySelector('main')?.insertAdjacentHTML('beforeend', panel);
    expect(read(doc)).toEqual({ ok: true, value: 1020 });
  });

  it('reports a tile showing "—" as unreadable rather than reading a neighbour', () => {
    const doc = load();
    tile(doc, 'Orders').value.textContent = '—';
    expect(read(doc)).toEqual({ ok: false, reason: 'not a number: "—"' });
  });

  it('says its page shape is unverified', () => {
    expect(manager.verified).toBe(false);
  });
});
