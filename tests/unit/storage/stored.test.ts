import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_ALERTS } from '../../../core/faces/alert-limit';
import { defaultSettings } from '../../../core/settings/settings';
import { readStored, writeStored } from '../../../storage/stored';
import { overlayMemoryKey, riskAlertsKey, settingsKey } from '../../../storage/stored-keys';

describe('the stored-keys chokepoint', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads null when nothing is stored, and back what was written', async () => {
    expect(await readStored(settingsKey)).toEqual({ ok: true, data: null });
    await writeStored(settingsKey, defaultSettings);
    expect(await readStored(settingsKey)).toEqual({ ok: true, data: defaultSettings });
  });

  it('keeps each key in its own area under its own name', async () => {
    await writeStored(riskAlertsKey, { ...NO_ALERTS, atRisk: 3 });
    // The rate limit lives for the browser session, not on disk.
    expect(await fakeBrowser.storage.session.get('risk-alerts')).toEqual({
      'risk-alerts': { ...NO_ALERTS, atRisk: 3 },
    });
    expect(await fakeBrowser.storage.local.get('risk-alerts')).toEqual({});
  });

  it('names the key and the field when a stored value fails its check', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings, retentionDays: 'forever' } });
    const r = await readStored(settingsKey);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^local:settings: .*retentionDays/s);
  });

  it('reads an overlay place written by an older version defensively', async () => {
    // A place without y is no place: the overlay goes back to its corner, folded state kept.
    await fakeBrowser.storage.local.set({ 'overlay:https://a.example': { place: { x: 5 }, collapsed: true } });
    const r = await readStored(overlayMemoryKey('https://a.example'));
    expect(r).toEqual({ ok: true, data: { place: null, collapsed: true, hidden: false } });
  });
});
