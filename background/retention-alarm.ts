import { browser } from 'wxt/browser';
import type { Settings } from '../core/settings/settings';
import type { RadarDb } from '../storage/db';
import { applyRetention } from '../storage/lifecycle/apply-retention';

export const RETENTION_ALARM = 'les-radar-retention';
const DAILY_MINUTES = 24 * 60;

type Deps = { db: RadarDb; loadSettings: () => Promise<Settings>; now: () => number };

/** One retention run over every table (storage/lifecycle/apply-retention.ts) with the settings' window. */
export async function runRetention({ db, loadSettings, now }: Deps) {
  const run = await applyRetention(db, now(), (await loadSettings()).retentionDays);
  const removed = run.streams.streams + run.imports + run.settingsVersions + run.orders + run.plans;
  if (removed > 0) console.info('LES Radar: retention removed', run);
  return run;
}

/**
 * Runs retention once a day on an alarm (which outlives the service worker), not only after an import,
 * so what is older than the window goes even when nothing is imported. The first run comes a minute
 * after the alarm is first set. The listener is added on every start, as an MV3 worker must.
 */
export function scheduleRetention(deps: Deps): void {
  const alarms = browser.alarms;
  if (!alarms) return; // no "alarms" permission: retention still runs after each import
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    runRetention(deps).catch((e) => console.warn('LES Radar: retention failed', e));
  });
  void alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) void alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: DAILY_MINUTES });
  });
}
