// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Binding } from '../../settings/capture-settings';
import type { StageAdapter } from '../adapter';
import { describeElement } from './find-binding';
import { stageBindingsAdapter } from './stage-bindings';

// An ERP's wallboard, written by hand: three tiles a seller would pick and name.
const ORIGIN = 'https://erp.example';
const board = (packing: string, carrier: string, shipped: string) => {
  document.body.innerHTML = `
    <section><h3>待打包</h3><div id="a1">${packing}</div></section>
    <section><h3>Awaiting pickup</h3><div id="a2">${carrier}</div></section>
    <section><h3>Shipped today</h3><div id="a3">${shipped}</div></section>`;
};
const pick = (id: string, role: Binding['role']): Binding => ({
  ...describeElement(document.getElementById(id) as Element, ORIGIN, 1),
  role,
});

describe('stage counters picked by hand', () => {
  it('reads each picked role from its element, after the page re-renders', () => {
    board('1,116', '312', '88');
    const picked = [pick('a1', 'pickPack'), pick('a2', 'shipTransport'), pick('a3', 'shippedToday')];
    const adapter = stageBindingsAdapter(picked);
    board('1,090', '340', '90'); // new elements with new values: found again by their labels
    expect(adapter.readStages(document)).toEqual({ pickPack: 1090, shipTransport: 340, shippedToday: 90 });
    expect(adapter.id).toBe('picked');
    expect(adapter.matches(new URL(`${ORIGIN}/wallboard`), document)).toBe(true);
    expect(adapter.matches(new URL('https://other.example/wallboard'), document)).toBe(false);
  });

  it('leaves out a role whose element is gone or no longer a count, and the paid-order pick', () => {
    board('1,116', '312', '88');
    const paid: Binding = { ...describeElement(document.getElementById('a3') as Element, ORIGIN, 1) }; // no role
    const adapter = stageBindingsAdapter([pick('a1', 'pickPack'), pick('a2', 'shipTransport'), paid]);
    // The carrier tile goes: its path (second section) now leads to "Shipped today" 88, which is not taken.
    document.getElementById('a2')?.closest('section')?.remove();
    (document.getElementById('a1') as HTMLElement).textContent = '—';
    expect(adapter.readStages(document)).toBeNull();
  });

  it('prefers a picked role on a page a stage adapter reads, and lets the adapter fill the others', () => {
    board('1,116', '312', '88');
    const known: StageAdapter = {
      id: 'tiktok-orders',
      label: 'TikTok Shop Manage Orders',
      hosts: [],
      matches: () => true,
      readStages: () => ({ pickPack: 999, shipTransport: 300 }),
    };
    expect(stageBindingsAdapter([pick('a1', 'pickPack')], known).readStages(document)).toEqual({
      pickPack: 1116,
      shipTransport: 300,
    });
    expect(stageBindingsAdapter([], known).id).toBe('tiktok-orders');
  });
});
