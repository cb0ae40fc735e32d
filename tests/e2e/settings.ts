import { defaultSettings, type Settings } from '../../core/settings/settings';

/**
 * A warehouse that neither packs nor ships during the test: every order stays in pick & pack, so the
 * expected backlog is exactly the number of orders the test adds, whatever the time of day.
 */
export const idleWarehouse: Settings = {
  ...defaultSettings,
  stages: {
    ...defaultSettings.stages,
    pickPack: { ordersPerPackerHour: 25, shifts: [] },
    ship: { pickups: [] },
  },
};
