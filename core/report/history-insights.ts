import { DAY } from '../lib/time';
import { carrierCards, carrierRegionCards, MIN_ORDERS } from '../model/carriers';
import { fillDeadlines } from '../model/ship-by-orders';
import type { OrderColumns } from '../records/orders';
import { takeRows } from '../records/take-rows';
import { cardFor } from '../scorecards';
import { tallyWindow } from '../scorecards/engine';
import { scoreWindow } from '../scorecards/window';
import type { Settings } from '../settings/settings';
import { type ActualAttribution, actualAttribution } from './actual-attribution';
import type { HistoryInsights } from './insights-schema';
import { lateRules } from './late-stages';
import { streamMembership } from './stream-actuals';

export type InsightHistory = {
  orders: OrderColumns;
  carrier: readonly string[];
  liveRoomId: readonly string[];
  /** The destination region per order ('' if none). Ready-to-ship times come with the orders (`rtsAt`). */
  regionOf?: (i: number) => string;
};

/**
 * The report's view of the imported history at `now`: what held the late orders of the scorecard window
 * and of each recorded stream (core/report/actual-attribution.ts), and the carrier scorecards of every stored
 * order. A stream's points are those it costs the current window (0 once it has left the window).
 */
export function historyInsights(
  h: InsightHistory,
  streams: readonly { streamId: string; firstAt: number; lastAt: number }[],
  settings: Settings,
  now: number,
): HistoryInsights {
  const o = h.orders;
  const card = cardFor(settings);
  const tz = settings.timezone;
  fillDeadlines(o, settings, card);
  const from = now - card.windowDays * DAY;
  const inWindow: number[] = [];
  for (let i = 0; i < o.length; i++) if (o.paidAt[i] >= from && o.paidAt[i] <= now) inWindow.push(i);
  // A history without a single RTS time (Douyin's exports have none) cannot tell packing from pickup at all.
  const rts = o.rtsAt;
  let hasRts = false;
  if (rts) for (let i = 0; i < o.length && !hasRts; i++) hasRts = !Number.isNaN(rts[i]);
  const rtsAt = hasRts ? rts : undefined;
  const rules = lateRules(o, settings, now, rtsAt);
  const attribution = inWindow.length ? actualAttribution(o, inWindow, rules, card, null, tz) : null;
  const perStream: { streamId: string; attribution: ActualAttribution }[] = [];
  for (const s of streams) {
    const { belongs } = streamMembership(h, s);
    const rows: number[] = [];
    for (let i = 0; i < o.length; i++) if (belongs(i)) rows.push(i);
    if (rows.length === 0) continue;
    // The rest of the window as it stands: the score is the window's, with only this stream's lateness removed.
    const mine = new Set(rows);
    const rest = takeRows(
      o,
      inWindow.filter((i) => !mine.has(i)),
    );
    const restTally = tallyWindow(card, scoreWindow(rest, card.windowDays, now, tz));
    perStream.push({ streamId: s.streamId, attribution: actualAttribution(o, rows, rules, card, restTally, tz) });
  }
  const extras = { rtsAt, regionOf: h.regionOf };
  return {
    window: { from, to: now, days: card.windowDays, orders: inWindow.length },
    attribution,
    streams: perStream,
    carriers: carrierCards(o, h.carrier, settings, extras),
    regions: carrierRegionCards(o, h.carrier, settings, extras),
    orders: o.length,
    hasRts,
    minOrders: MIN_ORDERS,
  };
}
