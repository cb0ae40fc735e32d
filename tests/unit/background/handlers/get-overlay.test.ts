import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandler } from '../../../../background/handle-message';
import { parseMessage } from '../../../../core/contract';
import { overlayView } from '../../../../core/faces/overlay-view';
import { computeEstimate } from '../../../../core/outlook/estimate';
import { defaultSettings } from '../../../../core/settings/settings';
import { RadarDb } from '../../../../storage/db';
import { sh, snap } from '../../helpers';

/** 300 orders in the first minute from 10:00 (Shanghai); the estimate at 10:02. */
const NOW = sh('2026-11-25', '10:02');
const estimate = computeEstimate(
  [snap(0, sh('2026-11-25', '10:00'), 0), snap(1, sh('2026-11-25', '10:01'), 300)],
  defaultSettings,
  NOW,
);

/** The capture content script on a Douyin anchor screen, as Chrome names the sender. */
const anchorScreen = {
  id: fakeBrowser.runtime.id,
  url: 'https://compass.jinritemai.com/screen/anchor/shop?live_room_id=7301234567890123456',
  tab: { id: 3 },
};

describe('get-overlay', () => {
  it('answers the overlay’s view and gives the same estimate to every other face', async () => {
    const publish = vi.fn();
    const handle = createBackgroundHandler({
      db: new RadarDb(`get-overlay-${Math.random()}`),
      estimator: { estimate: async () => estimate },
      loadSettings: async () => defaultSettings,
      saveSettings: async () => {},
      now: () => NOW,
      publish,
    });
    const msg = parseMessage('background', { type: 'get-overlay', payload: { streamId: estimate.streamId } });
    if (!msg.ok) throw new Error(msg.error.message);
    expect(await handle(msg.data, anchorScreen)).toEqual({ ok: true, data: overlayView(estimate) });
    // The popup, side panel and badge are pushed the estimate the overlay's view was cut from.
    expect(publish).toHaveBeenCalledWith(estimate, undefined);
  });
});
