import { browser } from 'wxt/browser';
import { request } from '../runtime/messaging';
import type { EstimatorApi } from '../workers/estimator/estimator-service';

/**
 * Chrome's service worker cannot start a Worker, so an offscreen document hosts it; this is the
 * background's handle on it. The document is created on first use and found again after the service
 * worker restarts.
 */
const PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(PATH);
  const found = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (found.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url: PATH, reasons: ['WORKERS'], justification: 'Runs the fulfilment model in a Web Worker' })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export const offscreenEstimator: EstimatorApi = {
  async estimate(streamId, settings, now, opts = {}) {
    await ensureOffscreen();
    const reply = await request('offscreen', 'estimate', {
      streamId,
      settings,
      now,
      save: opts.save,
      whatIf: opts.whatIf,
      drops: opts.drops ? [...opts.drops] : undefined,
    });
    if (!reply.ok) throw new Error(`estimator: ${reply.error.message}`);
    return reply.data;
  },
};
