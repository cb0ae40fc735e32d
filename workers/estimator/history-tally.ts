import { DAY, HOUR } from '../../core/lib/time';
import { type CarrierCard, carrierCards } from '../../core/model/carriers';
import { fillDeadlines } from '../../core/model/ship-by-orders';
import { historyTally } from '../../core/outlook/outlook';
import { cardFor } from '../../core/scorecards';
import type { CardTally } from '../../core/scorecards/engine';
import type { Settings } from '../../core/settings/settings';
import type { RadarDb } from '../../storage/db';
import { loadHistory } from '../../storage/history-store';

/**
 * The stored history's share of the score, for the estimator, and the carrier scorecards of the same
 * window (the delivery stage runs on them when they have enough data). Tallying a million orders takes
 * about a hundred milliseconds, and the answer only changes with an import, with the settings it reads,
 * or as the window slides; so it is kept per hour, per those settings, per state of the store.
 */
export type HistoryFacts = { tally: CardTally; carriers: CarrierCard[] };

/**
 * The settings the history's part reads, and nothing else: the scorecard and its override, the time zone,
 * the promise, the calendar and the handling capacity (the deadlines: ship-by-orders.ts `fillDeadlines`),
 * and the transit (its assumed route standard). Packers, shifts, pickups and the model's spreads do not
 * touch it, so a what-if step (packers ± 1, an extra pickup) reuses the live estimate's tally.
 */
export function historyKeyOf(s: Settings): string {
  return JSON.stringify([
    s.scorecard,
    s.scorecardOverride ?? null,
    s.timezone,
    s.promise,
    s.calendar ?? null,
    s.handlingCapacityPerDay ?? null,
    s.stages.delivery.meanTransitHours,
  ]);
}

/**
 * The carriers are scored without a pickup schedule: the outlook reads only their transit, on-time
 * delivery and order counts (core/model/carrier-figures.ts), and the pickup punctuality would otherwise
 * tie the cached cards to one what-if's extra pickups.
 */
const withoutPickups = (s: Settings): Settings => ({ ...s, stages: { ...s.stages, ship: { pickups: [] } } });

export class HistoryTallies {
  private cached: ({ key: string } & HistoryFacts) | null = null;

  constructor(private readonly db: RadarDb) {}

  /** The tally of the orders paid inside the window before `paidUntil` (the stream's own orders are the stream's). */
  async at(settings: Settings, now: number, paidUntil: number): Promise<HistoryFacts> {
    const lastImport = await this.db.imports.orderBy('at').last();
    const chunks = await this.db.orderChunks.count();
    const key = JSON.stringify([
      historyKeyOf(settings),
      lastImport?.id ?? 0,
      chunks,
      Math.floor(now / HOUR),
      paidUntil,
    ]);
    if (this.cached?.key === key) return this.cached;
    const card = cardFor(settings);
    // The window plus a day: deadlines of the window's first orders depend on nothing older.
    const { orders, carrier, product } = await loadHistory(this.db, {
      from: now - (card.windowDays + 1) * DAY,
      to: now,
    });
    // The product rules' key: the stored history keeps the product's name (or its SKU code when it has no
    // name), not the 商家编码 beside it, so a product flag from stored history names the product only.
    orders.product = product;
    fillDeadlines(orders, settings, card);
    const tally = historyTally(card, orders, now, settings.timezone, { paidUntil: paidUntil - 1 });
    const carriers = carrierCards(orders, carrier, withoutPickups(settings), { rtsAt: orders.rtsAt });
    this.cached = { key, tally, carriers };
    return this.cached;
  }
}
