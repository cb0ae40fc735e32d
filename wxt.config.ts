import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Minimal permissions: storage for settings, offscreen to host the estimator worker in Chrome.
// Content scripts name their own match patterns; there is no host permission for all sites.
export default defineConfig({
  // A separate output folder lets parallel builds (e.g. one per working copy) not overwrite each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: 'LES Radar',
    description: 'Keeps livestream fulfilment and the Logistics Experience Score in view while the stream is live.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    action: { default_title: 'LES Radar' },
  }),
  vite: () => ({
    plugins: [preact()],
    worker: { format: 'es' },
  }),
});
