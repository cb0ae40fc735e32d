import { parseCount } from '../../lib/parse-count';
import type { DashboardAdapter } from '../adapter';
import { findCounterByLabels } from '../counter-by-labels';

/**
 * The bundled simulated livestream dashboard (demo/ in this repository), served on 127.0.0.1.
 * Test URLs: `npm run demo` prints one; tests start it with demo/server.ts.
 */
const MARKER = 'meta[name="les-radar-demo"]';

export const demoAdapter: DashboardAdapter = {
  id: 'demo',
  label: 'Demo dashboard',
  hosts: ['http://127.0.0.1/*', 'http://localhost/*'],
  streamPrefix: 'demo',
  matches: (url, doc) =>
    (url.hostname === '127.0.0.1' || url.hostname === 'localhost') && doc.querySelector(MARKER) !== null,
  streamId: (_url, doc) => {
    const room = doc.querySelector(MARKER)?.getAttribute('content')?.trim();
    return room ? `demo:${room}` : null;
  },
  findCounter: (doc) => findCounterByLabels(doc, ['Paid orders']),
  readCounter: (el) => parseCount(el.textContent ?? ''),
};
