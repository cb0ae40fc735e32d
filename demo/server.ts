import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIVE_PLAN, ordersUntil, PRODUCTS, readingsOf, simulateOrders } from './sim';
import { boardAt } from './warehouse';

/**
 * Serves the simulated livestream dashboard on 127.0.0.1. The page polls `/api/live` like the real
 * dashboards poll their JSON endpoints. `scripted` plays a seeded stream in real time (LIVE_PLAN's
 * per-minute rates), which may have started `startedAgoMs` before the server; `manual` adds orders only
 * when a test posts to `/api/orders?n=…`, so a test controls every count.
 */
export type DemoOptions = {
  mode: 'scripted' | 'manual';
  durationMs?: number;
  startedAgoMs?: number;
  seed?: number;
  room?: string;
  port?: number;
  pollMs?: number;
};

export type DemoServer = {
  url: string;
  room: string;
  startedAt: number;
  close(): Promise<void>;
  paidOrders(): number;
  /** The readings a capture would have recorded from the stream's start until `until` (absolute times). */
  readingsUntil(until: number): { at: number; paidOrders: number }[];
};

const here = dirname(fileURLToPath(import.meta.url));
const page = readFileSync(join(here, 'dashboard.html'), 'utf8');
const script = readFileSync(join(here, 'dashboard.js'), 'utf8');
const board = readFileSync(join(here, 'board.html'), 'utf8');

export async function startDemoServer(opts: DemoOptions): Promise<DemoServer> {
  const durationMs = opts.durationMs ?? (opts.mode === 'manual' ? Number.POSITIVE_INFINITY : 60_000);
  const room = opts.room ?? `7${Date.now().toString().slice(-9)}`;
  const sim =
    opts.mode === 'scripted'
      ? simulateOrders({ ...LIVE_PLAN, seed: opts.seed ?? 7, durationMs })
      : { drops: [], orders: [] };
  const startedAt = Date.now() - (opts.startedAgoMs ?? 0);
  const manual: number[] = []; // product index of each order a test added
  const elapsed = () => Math.min(Date.now() - startedAt, durationMs);

  const live = () => {
    const n = ordersUntil(sim.orders, elapsed());
    const sold = PRODUCTS.map(() => 0);
    for (let i = 0; i < n; i++) sold[sim.orders[i].productIndex]++;
    for (const p of manual) sold[p]++;
    const last = [...sim.drops].reverse().find((d) => d.atMs <= elapsed());
    return {
      room,
      startedAt,
      elapsedMs: elapsed(),
      ended: opts.mode === 'scripted' && elapsed() >= durationMs,
      paidOrders: n + manual.length,
      itemsSold: sold.reduce((a, b) => a + b, 0),
      gmvFen: PRODUCTS.reduce((sum, p, i) => sum + p.priceFen * sold[i], 0),
      viewers: 800 + Math.round(600 * Math.sin(elapsed() / 90_000) ** 2) + (n + manual.length) * 3,
      products: PRODUCTS.map((p, i) => ({ ...p, sold: sold[i], live: last?.productIndex === i })),
    };
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/') {
      send(
        200,
        'text/html; charset=utf-8',
        page.replaceAll('{{ROOM}}', room).replace('{{POLL_MS}}', String(opts.pollMs ?? 1000)),
      );
    } else if (url.pathname === '/dashboard.js') send(200, 'text/javascript', script);
    // The shop's ERP board (demo/warehouse.ts): the warehouse's own counts, for the stage counters.
    else if (url.pathname === '/board') send(200, 'text/html; charset=utf-8', board);
    else if (url.pathname === '/api/board')
      send(200, 'application/json', JSON.stringify(boardAt(sim.orders, startedAt, startedAt + elapsed())));
    else if (url.pathname === '/api/live') send(200, 'application/json', JSON.stringify(live()));
    else if (url.pathname === '/api/orders' && req.method === 'POST') {
      const n = Number(url.searchParams.get('n') ?? '1');
      if (!Number.isInteger(n) || n < 1 || n > 100_000)
        return send(400, 'text/plain', 'n: expected a whole number 1-100000');
      for (let i = 0; i < n; i++) manual.push(i % PRODUCTS.length);
      send(200, 'application/json', JSON.stringify({ paidOrders: live().paidOrders }));
    } else send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    room,
    startedAt,
    paidOrders: () => live().paidOrders,
    readingsUntil: (until) =>
      readingsOf(sim.orders, Math.min(until - startedAt, durationMs)).map((r) => ({
        at: startedAt + r.atMs,
        paidOrders: r.paidOrders,
      })),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the page's keep-alive polling would hold close() open
      }),
  };
}
