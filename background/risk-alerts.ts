import { browser } from 'wxt/browser';
import { type AlertKind, type AlertState, alertsDue, NO_ALERTS } from '../core/faces/alert-limit';
import { pickupAlertsDue } from '../core/model/pickup-watch';
import type { Estimate } from '../core/outlook/estimate';
import type { Settings } from '../core/settings/settings';
import { browserWords } from '../runtime/browser-words';
import { readStored, writeStored } from '../storage/stored';
import { pickupAlertsKey, riskAlertsKey } from '../storage/stored-keys';
import { missedPickupLine } from './toolbar-badge';

/**
 * Opt-in desktop notifications when risk crosses a line. The rate limit's state lives in session
 * storage, so a service worker stopped and restarted mid-stream neither forgets it nor rings again.
 */
async function readState(): Promise<AlertState> {
  if (!browser.storage.session) return memory;
  const stored = await readStored(riskAlertsKey);
  return (stored.ok && stored.data) || NO_ALERTS;
}
let memory: AlertState = NO_ALERTS;
async function writeState(s: AlertState) {
  memory = s;
  await writeStored(riskAlertsKey, s);
}

/** In the browser's language (browser.i18n in the service worker follows it), English when it has no answer. */
const msg = browserWords;

const TEXT: Record<AlertKind, (e: Estimate) => string> = {
  red: (e) =>
    msg('alert_red', e.atRisk) || `Orders at risk: ${e.atRisk} will miss their ship-by deadline at this pace.`,
  'at-risk': (e) =>
    msg('alert_at_risk', e.atRisk, e.unshipped) ||
    `${e.atRisk} orders are at risk of late dispatch (${e.unshipped} waiting to ship).`,
};

export async function alertOnRisk(e: Estimate, settings: Settings, now: number): Promise<void> {
  if (!settings.alerts.notify || !browser.notifications) return;
  const { kinds, state } = alertsDue(await readState(), e, settings.alerts.atRiskAbove, now);
  await writeState(state);
  for (const kind of kinds) {
    await browser.notifications.create(`les-${kind}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: msg('action_title') || 'LES Radar',
      message: TEXT[kind](e),
      // The opt-in sound is the system's notification sound: nothing to play, nothing to keep alive.
      silent: !settings.alerts.sound,
    });
  }
}

let pickupMemory: number[] = [];
let pickupQueue: Promise<void> = Promise.resolve();

/** A missed pickup older than this is not news: after a browser restart it is not rung again. */
const PICKUP_NEWS_MS = 2 * 3_600_000;

/**
 * The pickup-scan watchdog's notification: once per missed pickup (by its scheduled time), however many
 * estimates repeat it, remembered for the browser session like the risk alerts' state; one check at a time,
 * so two streams estimated together cannot both ring it. Only while the pickup is recent news.
 */
export function alertOnMissedPickup(e: Estimate, settings: Settings, now: number): Promise<void> {
  pickupQueue = pickupQueue.then(() => ringOnce(e, settings, now)).catch(() => {});
  return pickupQueue;
}

async function ringOnce(e: Estimate, settings: Settings, now: number): Promise<void> {
  const m = e.missedPickup;
  if (!m || now - m.pickupAt > PICKUP_NEWS_MS) return;
  const stored = browser.storage.session ? await readStored(pickupAlertsKey) : null;
  const alerted = stored ? (stored.ok && stored.data) || [] : pickupMemory;
  const missed = [{ pickupAt: m.pickupAt, before: m.parcels, after: m.parcels, waitingSince: m.pickupAt }];
  const { due, alerted: next } = pickupAlertsDue(alerted, missed);
  if (due.length === 0) return;
  pickupMemory = next;
  if (browser.storage.session) await writeStored(pickupAlertsKey, next);
  if (!settings.alerts.notify || !browser.notifications) return;
  await browser.notifications.create(`les-missed-pickup-${m.pickupAt}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: msg('action_title') || 'LES Radar',
    message: missedPickupLine(e) ?? '',
    silent: !settings.alerts.sound,
  });
}
