import type { Scenario } from './prediction';
import type { Settings, ShippingPromise } from './settings';
import { formatClock, parseClock } from './time';

/**
 * The what-ifs a seller can still act on mid-stream, each a change to the settings or the forecast,
 * tagged with the fulfilment stage it acts on (IT and staffing levers for pick & pack; logistics-partner
 * levers for ship & transport and delivery; demand levers for order receipt).
 */
export type ActionStage = 'receipt' | 'pickPack' | 'shipTransport' | 'delivery';
export type Action = { id: string; label: string; stage: ActionStage; scenario: Scenario };

const withStages = (s: Settings, stages: Partial<Settings['stages']>): Settings => ({
  ...s,
  stages: { ...s.stages, ...stages },
});

function addPackers(s: Settings, n: number): Settings {
  const shifts = s.stages.pickPack.shifts.map((sh) => ({ ...sh, packers: sh.packers + n }));
  return withStages(s, { pickPack: { ...s.stages.pickPack, shifts } });
}

function longerShifts(s: Settings, minutes: number): Settings {
  const shifts = s.stages.pickPack.shifts.map((sh) => ({
    ...sh,
    end: formatClock(Math.min(23 * 60 + 59, parseClock(sh.end) + minutes)),
  }));
  return withStages(s, { pickPack: { ...s.stages.pickPack, shifts } });
}

/** A later pickup three hours after the last one (20:00 with the default 17:00), as large as the largest. */
function extraPickup(s: Settings): { settings: Settings; time: string } {
  const pickups = s.stages.ship.pickups;
  const last = Math.max(...pickups.map((p) => parseClock(p.time)), 14 * 60);
  const time = formatClock(Math.min(23 * 60, last + 180));
  const maxParcels = Math.max(400, ...pickups.map((p) => p.maxParcels));
  return { settings: withStages(s, { ship: { pickups: [...pickups, { time, maxParcels }] } }), time };
}

function fasterCarrier(s: Settings): Settings {
  const d = s.stages.delivery;
  return withStages(s, {
    delivery: { onTimeRate: Math.min(0.99, d.onTimeRate + 0.03), meanTransitHours: d.meanTransitHours * 0.75 },
  });
}

/** One step longer than the current promise, for orders paid from now on. */
export function longerPromise(p: ShippingPromise): ShippingPromise {
  switch (p.type) {
    case 'same-day':
      return { type: 'next-day' };
    case 'next-day':
      return { type: '48h' };
    case '48h':
      return { type: 'hours', hours: 72 };
    case 'hours':
      return { type: 'hours', hours: p.hours + 24 };
    case 'business-days':
      return { ...p, days: p.days + 1 };
  }
}

export function actionsFor(s: Settings): Action[] {
  const scenario = (id: string, settings: Settings, forecastFactor = 1, newOrderPromise?: ShippingPromise) => ({
    id,
    settings,
    forecastFactor,
    newOrderPromise,
  });
  const pickup = extraPickup(s);
  const promise = longerPromise(s.promise);
  return [
    {
      id: 'packers+1',
      label: 'One more packer on every shift',
      stage: 'pickPack',
      scenario: scenario('packers+1', addPackers(s, 1)),
    },
    {
      id: 'packers+2',
      label: 'Two more packers on every shift',
      stage: 'pickPack',
      scenario: scenario('packers+2', addPackers(s, 2)),
    },
    {
      id: 'longer-shift',
      label: 'Extend every shift by 2 hours',
      stage: 'pickPack',
      scenario: scenario('longer-shift', longerShifts(s, 120)),
    },
    {
      id: 'extra-pickup',
      label: `Book an extra carrier pickup at ${pickup.time}`,
      stage: 'shipTransport',
      scenario: scenario('extra-pickup', pickup.settings),
    },
    {
      id: 'faster-carrier',
      label: 'Switch to a faster carrier (−25 % transit, +3 pt on time)',
      stage: 'delivery',
      scenario: scenario('faster-carrier', fasterCarrier(s)),
    },
    {
      id: 'cap-drop',
      label: 'Cap the next product drop at half its stock',
      stage: 'receipt',
      scenario: scenario('cap-drop', s, 0.5),
    },
    {
      id: 'pause-drop',
      label: 'Pause the next product drop',
      stage: 'receipt',
      scenario: scenario('pause-drop', s, 0),
    },
    {
      id: 'longer-promise',
      label: `Promise new orders ${describePromise(promise)}`,
      stage: 'receipt',
      scenario: scenario('longer-promise', s, 1, promise),
    },
  ];
}

export function describePromise(p: ShippingPromise): string {
  switch (p.type) {
    case 'same-day':
      return `same-day dispatch (cut-off ${p.cutoff})`;
    case 'next-day':
      return 'next-day dispatch';
    case '48h':
      return 'dispatch within 48 h';
    case 'hours':
      return `dispatch within ${p.hours} h`;
    case 'business-days':
      return `dispatch within ${p.days} business days`;
  }
}
