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
 * about a hundred milliseconds, and the answer only changes with an import, with the settings, or as the
 * window slides; so it is kept per hour, per settings, per state of the store.
 */
export type HistoryFacts = { tally: CardTally; carriers: CarrierCard[] };

export class HistoryTallies {
  private cached: ({ key: string } & HistoryFacts) | null = null;

  constructor(private readonly db: RadarDb) {}

  /** The tally of the orders paid inside the window before `paidUntil` (the stream's own orders are the stream's). */
  async at(settings: Settings, now: number, paidUntil: number): Promise<HistoryFacts> {
    const lastImport = await this.db.imports.orderBy('at').last();
    const chunks = await this.db.orderChunks.count();
    const key = JSON.stringify([settings, lastImport?.id ?? 0, chunks, Math.floor(now / HOUR), paidUntil]);
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
    this.cached = { key, tally, carriers: carrierCards(orders, carrier, settings, { rtsAt: orders.rtsAt }) };
    return this.cached;
  }
}
