import { browser } from 'wxt/browser';
import { isFor, parseMessage } from '../core/contract';
import type { Estimate } from '../core/outlook/estimate';
import { request } from '../runtime/messaging';
import { fromLesRadar } from '../runtime/own-sender';

/** What the extension pages need from the background, wired to the message contract. */
export const getLatestEstimate = () => request('background', 'get-estimate', {});
export const listStreams = () => request('background', 'list-streams', {});
export const historyInsights = () => request('background', 'history-insights', {});
export const streamDetail = (streamId: string) => request('background', 'stream-detail', { streamId });

export function onEstimate(cb: (e: Estimate) => void): () => void {
  const listener = (raw: unknown, sender: { id?: string; url?: string }) => {
    // Fresh figures come from the background only: a content script could send the same shape.
    if (!isFor('ui', raw) || !fromLesRadar(sender)) return undefined;
    const msg = parseMessage('ui', raw);
    if (msg.ok) cb(msg.data.payload.estimate);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
