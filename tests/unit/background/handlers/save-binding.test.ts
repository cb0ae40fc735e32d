import { describe, expect, it } from 'vitest';
import { captureConfig } from '../../../../background/handlers/capture-config';
import type { HandlerContext } from '../../../../background/handlers/handler';
import { saveBinding } from '../../../../background/handlers/save-binding';
import type { Binding } from '../../../../core/settings/capture-settings';
import { defaultSettings, type Settings } from '../../../../core/settings/settings';
import type { Sender } from '../../../../runtime/messaging';

/** The settings the handlers read and write, and nothing else of the background. */
function site(bindings: Binding[] = []) {
  let settings: Settings = { ...defaultSettings, capture: { ...defaultSettings.capture, bindings } };
  let writes = 0;
  const ctx = {
    loadSettings: async () => settings,
    saveSettings: async (s: Settings) => {
      settings = s;
      writes++;
    },
  } as unknown as HandlerContext;
  const sender: Sender = {};
  return {
    save: (binding: Binding) => saveBinding({ binding }, ctx, sender),
    config: (origin: string) => captureConfig({ adapter: 'picked', origin }, ctx, sender),
    bindings: () => settings.capture.bindings,
    writes: () => writes,
  };
}

const ERP = 'https://erp.example';
const pick = (label: string, role?: Binding['role'], origin = ERP): Binding => ({
  origin,
  label,
  path: 'main > div:nth-of-type(2) > span',
  id: null,
  sample: '1,116',
  pickedAt: 1,
  ...(role && { role }),
});

describe('save-binding: one pick per site and role', () => {
  it('keeps the paid-order pick when a stage counter is picked, and each stage beside the others', async () => {
    const s = site();
    await s.save(pick('Paid orders'));
    await s.save(pick('待打包', 'pickPack'));
    await s.save(pick('Awaiting pickup', 'shipTransport'));
    expect(await s.save(pick('Shipped today', 'shippedToday'))).toEqual({ ok: true, data: { saved: 4 } });
    // A new pick of one role replaces that role's only: still four.
    expect(await s.save(pick('To pack', 'pickPack'))).toEqual({ ok: true, data: { saved: 4 } });
    expect(s.bindings().map((b) => [b.label, b.role])).toEqual([
      ['Paid orders', undefined],
      ['Awaiting pickup', 'shipTransport'],
      ['Shipped today', 'shippedToday'],
      ['To pack', 'pickPack'],
    ]);
  });

  it('replaces the paid-order pick with a new one, and writes nothing for the same pick again', async () => {
    const s = site();
    await s.save(pick('Orders'));
    await s.save(pick('Paid'));
    expect(s.bindings().map((b) => b.label)).toEqual(['Paid']);
    await s.save({ ...pick('Paid'), pickedAt: 99 });
    expect(s.writes()).toBe(2);
  });
});

describe('capture-config: the site’s picks', () => {
  it('answers the site’s paid pick and stage counters, one per role (the last), and no other site’s', async () => {
    // A hand-edited settings file with two pickPack picks on the ERP.
    const s = site([
      pick('Paid'),
      pick('Old', 'pickPack'),
      pick('Awaiting pickup', 'shipTransport'),
      pick('Sold', undefined, 'https://other.example'),
      pick('New', 'pickPack'),
    ]);
    const r = await s.config(ERP);
    expect(r.ok && r.data.bindings.map((b) => b.label)).toEqual(['Paid', 'Awaiting pickup', 'New']);
  });
});
