import { type Phrase, phrase } from '../lib/phrase';
import { formatClock, parseClock } from '../lib/time';
import { fasterCarrierIn } from '../model/carrier-figures';
import type { CarrierCard } from '../model/carriers';
import { describePromise, promisePhrase } from '../settings/promise-words';
import type { Settings, ShippingPromise } from '../settings/settings';
import type { Scenario } from './monte-carlo';

/**
 * The what-ifs a seller can still act on mid-stream, each a change to the settings or the forecast,
 * tagged with the fulfilment stage it acts on (IT and staffing levers for pick & pack; logistics-partner
 * levers for ship & transport and delivery; demand levers for order receipt).
 */
export type ActionStage = 'receipt' | 'pickPack' | 'shipTransport' | 'delivery';
export type Action = {
  id: string;
  label: string;
  stage: ActionStage;
  scenario: Scenario;
  /** The label as a message key and substitutions (core/lib/phrase.ts), for the faces' other language. */
  key?: string;
  params?: Phrase['params'];
};

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

/**
 * The faster carrier: the best measured alternative from the seller's history when there is one (its own
 * median transit and on-time rate), else an assumed generic improvement, and the label says which.
 */
function fasterCarrier(s: Settings, carriers?: CarrierHistory): { settings: Settings; label: string; text: Phrase } {
  const d = s.stages.delivery;
  const alt = fasterCarrierIn(s, carriers?.cards, carriers?.current ?? null);
  if (alt) {
    const delivery = { onTimeRate: alt.onTimeRate, meanTransitHours: alt.transitHours };
    const onTime = String(Math.round(alt.onTimeRate * 100));
    return {
      settings: withStages(s, { delivery }),
      label: `Switch to ${alt.carrier} (your history: ${alt.transitHours} h median transit, ${onTime} % on time, ${alt.n} orders)`,
      text: phrase('action_faster_carrier_measured', alt.carrier, String(alt.transitHours), onTime, String(alt.n)),
    };
  }
  const delivery = { onTimeRate: Math.min(0.99, d.onTimeRate + 0.03), meanTransitHours: d.meanTransitHours * 0.75 };
  return {
    settings: withStages(s, { delivery }),
    label: 'Switch to a faster carrier (−25 % transit, +3 pt on time: assumed default, no faster carrier measured)',
    text: phrase('action_faster_carrier_assumed'),
  };
}

/** The carrier scorecards of the seller's history and the carrier the plan's delivery figures come from. */
export type CarrierHistory = { cards: readonly CarrierCard[]; current: string | null };

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

export function actionsFor(s: Settings, carriers?: CarrierHistory): Action[] {
  const scenario = (id: string, settings: Settings, forecastFactor = 1, newOrderPromise?: ShippingPromise) => ({
    id,
    settings,
    forecastFactor,
    newOrderPromise,
  });
  const pickup = extraPickup(s);
  const promise = longerPromise(s.promise);
  const faster = fasterCarrier(s, carriers);
  return [
    {
      id: 'packers+1',
      key: 'action_packers_1',
      params: [],
      label: 'One more packer on every shift',
      stage: 'pickPack',
      scenario: scenario('packers+1', addPackers(s, 1)),
    },
    {
      id: 'packers+2',
      key: 'action_packers_2',
      params: [],
      label: 'Two more packers on every shift',
      stage: 'pickPack',
      scenario: scenario('packers+2', addPackers(s, 2)),
    },
    {
      id: 'longer-shift',
      key: 'action_longer_shift',
      params: [],
      label: 'Extend every shift by 2 hours',
      stage: 'pickPack',
      scenario: scenario('longer-shift', longerShifts(s, 120)),
    },
    {
      id: 'extra-pickup',
      key: 'action_extra_pickup',
      params: [pickup.time],
      label: `Book an extra carrier pickup at ${pickup.time}`,
      stage: 'shipTransport',
      scenario: scenario('extra-pickup', pickup.settings),
    },
    {
      id: 'faster-carrier',
      key: faster.text.key,
      params: faster.text.params,
      label: faster.label,
      stage: 'delivery',
      scenario: scenario('faster-carrier', faster.settings),
    },
    {
      id: 'cap-drop',
      key: 'action_cap_drop',
      params: [],
      label: 'Cap the next product drop at half its stock',
      stage: 'receipt',
      scenario: scenario('cap-drop', s, 0.5),
    },
    {
      id: 'pause-drop',
      key: 'action_pause_drop',
      params: [],
      label: 'Pause the next product drop',
      stage: 'receipt',
      scenario: scenario('pause-drop', s, 0),
    },
    {
      id: 'longer-promise',
      key: 'action_longer_promise',
      params: [promisePhrase(promise)],
      label: `Promise new orders ${describePromise(promise)}`,
      stage: 'receipt',
      scenario: scenario('longer-promise', s, 1, promise),
    },
  ];
}
