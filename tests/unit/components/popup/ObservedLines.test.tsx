// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ObservedLines } from '../../../../components/popup/ObservedLines';
import { computeEstimate, type Estimate } from '../../../../core/outlook/estimate';
import { defaultSettings } from '../../../../core/settings/settings';
import { sh, snap } from '../../helpers';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
const mount = (e: Estimate) => {
  root = document.createElement('div');
  document.body.append(root);
  render(<ObservedLines estimate={e} />, root);
  return (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
};

const base = computeEstimate(
  [snap(0, sh('2026-11-25', '10:00'), 0), snap(1, sh('2026-11-25', '11:40'), 300)],
  defaultSettings,
  sh('2026-11-25', '11:40'),
);

describe('the popup’s lines on the warehouse’s own counts (issue #15)', () => {
  it('says nothing without a counter', () => {
    const text = mount(base);
    expect(root.textContent).toBe('');
    expect(text('observed')).toBeNull();
  });

  it('puts what the warehouse shows beside what the settings expect, the measured speed and where the counts came from', () => {
    const text = mount({
      ...base,
      observed: {
        at: sh('2026-11-25', '11:38'),
        source: 'tiktok-orders',
        pickPack: 1116,
        shipTransport: 135,
        observedRoles: ['pickPack', 'shipTransport'],
        inferred: { pickPack: 400, shipTransport: 60 },
        older: 0,
        speed: { ratio: 0.6, minutes: 45 },
      },
    });
    expect(text('observed-vs-inferred')).toBe(
      'The settings expect 400 waiting to be packed and 60 waiting for the carrier; the warehouse shows 1,116 and 135.',
    );
    expect(text('observed-speed')).toBe(
      "Packing runs at about 60 % of the settings (measured over 45 min of the warehouse's counts).",
    );
    expect(root.textContent).toContain('Counts read at 11:38 from TikTok Shop Manage Orders.');
  });

  it('says which count the page did not show', () => {
    const text = mount({
      ...base,
      observed: {
        at: sh('2026-11-25', '11:38'),
        source: 'picked',
        pickPack: 1116,
        shipTransport: 60,
        observedRoles: ['pickPack'],
        inferred: { pickPack: 400, shipTransport: 60 },
        older: 816,
        speed: null,
      },
    });
    expect(text('observed-vs-inferred')).toContain("shows 1,116 and 60 (not shown by the page: the settings' figure)");
    expect(root.textContent).toContain('816 of the open orders were paid before the stream or elsewhere');
    expect(root.textContent).toContain('from the numbers you picked');
  });

  it('raises the missed pickup with the next one and the deadlines at risk', () => {
    const text = mount({
      ...base,
      missedPickup: {
        pickupAt: sh('2026-11-25', '11:00'),
        parcels: 120,
        nextPickupAt: sh('2026-11-25', '17:00'),
        dispatchDeadline: sh('2026-11-26', '10:00'),
        scanDeadline: sh('2026-11-26', '10:40'),
      },
    });
    expect(text('missed-pickup')).toBe(
      'Missed pickup: 120 parcels still wait after the 11:00 pickup. Next pickup 17:00; at risk: dispatch deadline Thu 10:00 · scan timeout Thu 10:40.',
    );
  });
});
