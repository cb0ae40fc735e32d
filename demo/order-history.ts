import { lognormalFactor, type Random, seeded } from '../core/lib/random';
import { DAY, epochFromLocal, localParts, MINUTE, offsetMinutes } from '../core/lib/time';
import { packCapacityByMinuteOfWeek, pickupLimitByMinuteOfWeek } from '../core/model/capacity';
import type { Settings } from '../core/settings/settings';
import type { PastStream } from './shop';
import { PRODUCTS } from './sim';

/**
 * The demo shop's order export, as Douyin's 抖店 back office writes it (UTF-8 with a BOM, ids wrapped as
 * "\t…", the columns tests/fixtures/exports/douyin-orders.utf8.csv has, without any buyer's data): 30 days
 * of ordinary orders along a daily curve, plus the orders of the past streams under their 直播间ID. Each
 * order is shipped the way the warehouse in `settings` would have: packed first in, first out by the
 * packers on shift (a day's pace varies ±15 %), then taken by the next carrier pickup with room.
 */
export type HistoryOptions = { settings: Settings; streams: readonly PastStream[]; exportAt: number; seed?: number };

type Order = { paidAt: number; product: number; room: string; cancelAt?: number; shippedAt?: number };

/** Share of a day's ordinary orders paid in each hour [assumed]: quiet nights, busy evenings. */
const HOURS = [1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1, 1.5, 2, 2.4, 2.4, 2.2, 2, 2, 2, 2, 2.2, 2.6, 3, 3.4, 3.4, 2.8, 1.8];
const HOUR_SUM = HOURS.reduce((a, b) => a + b, 0);
/** Ordinary orders a day [assumed], more at weekends. */
const PER_DAY = 75;
const CANCEL_RATE = 0.03;
const CARRIERS = ['中通快递', '圆通速递'];

export function demoOrderExport({ settings, streams, exportAt, seed = 11 }: HistoryOptions): string {
  const rnd = seeded(seed);
  const first = localParts(settings.timezone, exportAt - 31 * DAY);
  const orders: Order[] = [];
  for (let k = 0; k <= 31; k++) {
    const day = epochFromLocal(settings.timezone, first.year, first.month, first.day + k, 0); // local midnight
    const weekend = localParts(settings.timezone, day).weekday >= 5;
    const n = Math.round(PER_DAY * (weekend ? 1.3 : 1) * lognormalFactor(rnd, 0.15));
    for (let k = 0; k < n; k++)
      orders.push({ paidAt: day + hourOfDay(rnd) + rnd() * 3_600_000, product: pick(rnd), room: '' });
  }
  for (const s of streams) {
    for (const o of s.orders) orders.push({ paidAt: s.startAt + o.atMs, product: o.productIndex, room: s.room });
  }
  const paid = orders.filter((o) => o.paidAt < exportAt).sort((a, b) => a.paidAt - b.paidAt);
  for (const o of paid) if (rnd() < CANCEL_RATE) o.cancelAt = o.paidAt + (5 + rnd() * 115) * MINUTE;
  ship(paid, settings, exportAt, rnd);
  const header = ['主订单编号', '选购商品', '商品数量', '商家编码', '订单应付金额', '订单提交时间', '支付完成时间'];
  header.push('发货时间', '订单完成时间', '订单状态', '取消原因', '快递信息', '直播间ID');
  const rows = paid.map((o, i) => row(o, i, settings.timezone, exportAt, rnd));
  return `\uFEFF${[header, ...rows].map((cells) => cells.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** An hour of the day drawn along the daily curve, in ms after midnight. */
function hourOfDay(rnd: Random): number {
  let r = rnd() * HOUR_SUM;
  let h = 0;
  while (r > HOURS[h] && h < 23) r -= HOURS[h++];
  return h * 3_600_000;
}

const pick = (rnd: Random) => Math.floor(rnd() * PRODUCTS.length);

/** Packs and ships the orders minute by minute, first in first out, as the warehouse of the settings would. */
function ship(orders: Order[], settings: Settings, until: number, rnd: Random) {
  const pack = packCapacityByMinuteOfWeek(settings);
  const pickups = pickupLimitByMinuteOfWeek(settings);
  const live = orders.filter((o) => o.cancelAt === undefined || o.cancelAt >= until);
  let next = 0; // the next order to arrive
  let packed = 0; // orders packed so far (the first `packed` of `live`)
  let shipped = 0;
  let credit = 0;
  let pace = 1;
  for (let t = Math.floor(orders[0].paidAt / MINUTE) * MINUTE; t < until; t += MINUTE) {
    const local = localParts(settings.timezone, t);
    if (local.minuteOfDay === 0) pace = lognormalFactor(rnd, 0.15);
    const week = local.weekday * 1440 + local.minuteOfDay;
    while (next < live.length && live[next].paidAt < t + MINUTE) next++;
    credit = packed < next ? credit + pack[week] * pace : 0;
    while (credit >= 1 && packed < next) {
      packed++;
      credit--;
    }
    for (let room = pickups[week]; room > 0 && shipped < packed; room--) {
      live[shipped++].shippedAt = t + (2 + rnd() * 25) * MINUTE; // the scan, minutes after the van arrives
    }
  }
}

function row(o: Order, i: number, zone: string, exportAt: number, rnd: Random): string[] {
  const product = PRODUCTS[o.product];
  const id = `\t69175912${String(34_000_000_000 + i)}`;
  const cancelled = o.cancelAt !== undefined && o.cancelAt < exportAt;
  const done = o.shippedAt !== undefined ? o.shippedAt + (3 + rnd() * 4) * DAY : undefined;
  const status = cancelled ? '已关闭' : done && done < exportAt ? '已完成' : o.shippedAt ? '已发货' : '待发货';
  const finished = cancelled ? o.cancelAt : done && done < exportAt ? done : undefined;
  const carrier = o.shippedAt ? `${CARRIERS[i % 2]}:YT88${String(10_000_000_000 + i)}` : '';
  return [
    id,
    product.name,
    '1',
    product.id.toUpperCase(),
    (product.priceFen / 100).toFixed(2),
    time(o.paidAt - 20_000, zone),
    time(o.paidAt, zone),
    o.shippedAt && !cancelled ? time(o.shippedAt, zone) : '',
    finished ? time(finished, zone) : '',
    status,
    cancelled ? '不想要了' : '',
    carrier,
    o.room ? `\t${o.room}` : '0',
  ];
}

/** "2026-11-24 19:58:31", the export's local time. */
function time(t: number, zone: string): string {
  const d = new Date(t + offsetMinutes(zone, t) * MINUTE);
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
