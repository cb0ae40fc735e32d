import { DAY, HOUR, offsetFn } from '../../core/lib/time';
import { type CarrierCard, carrierCards } from '../../core/model/carriers';
import { fillDeadlines } from '../../core/model/ship-by-orders';
import { historyTally } from '../../core/outlook/outlook';
import { takeRows } from '../../core/records/take-rows';
import { cardFor } from '../../core/scorecards';
import type { CardTally } from '../../core/scorecards/engine';
import { type LocalFacts, localFacts } from '../../core/scorecards/local-facts';
import type { Scorecard } from '../../core/scorecards/schema';
import type { Settings } from '../../core/settings/settings';
import type { RadarDb } from '../../storage/db';
import { readToken } from '../../storage/history/generation';
import { type History, loadHistory } from '../../storage/history-store';

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

/** The window as loaded, its deadlines filled: kept while the store and the settings it read stay as they were. */
type Loaded = { key: string; at: number; orders: History['orders']; carrier: string[]; facts: LocalFacts };

/** How long a loaded window serves: it reaches a day before the window and a day after `now`, which the slide uses up. */
const LOAD_SERVES_MS = DAY;

export class HistoryTallies {
  private cached: ({ key: string } & HistoryFacts) | null = null;
  private loaded: Loaded | null = null;

  constructor(private readonly db: RadarDb) {}

  /** The tally of the orders paid inside the window before `paidUntil` (the stream's own orders are the stream's). */
  async at(settings: Settings, now: number, paidUntil: number): Promise<HistoryFacts> {
    const lastImport = await this.db.imports.orderBy('at').last();
    const chunks = await this.db.orderChunks.count();
    // Every write of the order history (an import, a restore, a retention run) writes a new token.
    const store = JSON.stringify([
      historyKeyOf(settings),
      lastImport?.id ?? 0,
      chunks,
      (await readToken(this.db)) ?? '',
    ]);
    const key = JSON.stringify([store, Math.floor(now / HOUR), paidUntil]);
    if (this.cached?.key === key) return this.cached;
    const card = cardFor(settings);
    const { orders, carrier, facts } = await this.window(settings, card, store, now);
    const tally = historyTally(card, orders, now, settings.timezone, { paidUntil: paidUntil - 1, facts });
    // The carriers of exactly the window plus a day before `now`, as when each refresh loaded it afresh.
    const from = now - (card.windowDays + 1) * DAY;
    const rows: number[] = [];
    for (let i = 0; i < orders.length; i++) if (orders.paidAt[i] >= from && orders.paidAt[i] <= now) rows.push(i);
    const inRange = rows.length === orders.length ? orders : takeRows(orders, rows);
    const carriers = carrierCards(
      inRange,
      inRange === orders ? carrier : rows.map((i) => carrier[i]),
      withoutPickups(settings),
      { rtsAt: inRange.rtsAt },
    );
    this.cached = { key, tally, carriers };
    return this.cached;
  }

  /**
   * The window plus a day on either side, loaded and its deadlines filled once per state of the store and
   * settings, then reused as the hour turns (the tally and the carriers, which read `now`, are redone) until
   * `now` has moved a day. Orders paid after `now` are in no window and come after the window's own in
   * paid order, so they change none of its deadlines (the handling capacity counts a day in paid order).
   */
  private async window(settings: Settings, card: Scorecard, key: string, now: number): Promise<Loaded> {
    const kept = this.loaded;
    if (kept?.key === key && now >= kept.at && now - kept.at < LOAD_SERVES_MS) return kept;
    this.loaded = null; // let the old window go before the new one is read
    // The window plus a day: deadlines of the window's first orders depend on nothing older.
    const { orders, carrier, product } = await loadHistory(this.db, {
      from: now - (card.windowDays + 1) * DAY,
      to: now + LOAD_SERVES_MS,
    });
    // The product rules' key: the stored history keeps the product's name (or its SKU code when it has no
    // name), not the 商家编码 beside it, so a product flag from stored history names the product only.
    orders.product = product;
    fillDeadlines(orders, settings, card);
    // Each order's pickup-clock start and next-day end: the same every hour, worked out once per load.
    const from = now - (card.windowDays + 1) * DAY;
    const facts = localFacts(card, orders, offsetFn(settings.timezone, from - 2 * DAY, now + LOAD_SERVES_MS + 3 * DAY));
    this.loaded = { key, at: now, orders, carrier, facts };
    return this.loaded;
  }
}
