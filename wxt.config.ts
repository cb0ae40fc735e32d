import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { contentMatches, networkMatches, tapFields } from './core/adapters/registry';
import { optionalHostsForMv2, readsLocalPages, withoutLocalPages } from './scripts/manifest-rules';

// Minimal permissions: storage for settings, offscreen to host the estimator worker in Chrome,
// scripting to run capture on a site the seller grants at run time (optional host permissions, asked
// for one site at a time from the popup), activeTab so the popup knows the address of its tab.
// Content scripts name their own match patterns; there is no host permission for all sites.
// (web_accessible_resources takes whole origins: "https://host/*".)
const networkOrigins = [...new Set(networkMatches.map((h) => h.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))];
const contentOrigins = [...new Set(contentMatches.map((h) => h.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))];
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

/**
 * Preact's one innerHTML write serves dangerouslySetInnerHTML, which LES Radar never uses (page text is
 * never HTML; Biome forbids the prop): it throws instead, so no bundle assigns innerHTML and addons-linter
 * has nothing to warn about (UNSAFE_VAR_ASSIGNMENT). Should Preact change, the firefox-lint check says so.
 */
const noInnerHtml = {
  name: 'les-radar-no-inner-html',
  transform(code: string, id: string) {
    if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]/.test(id)) return null;
    const out = code.replace(
      /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g,
      '(()=>{throw Error("LES Radar sets no HTML")})()',
    );
    return out === code ? null : { code: out, map: null };
  },
};

export default defineConfig({
  // A separate output folder lets parallel builds (e.g. one per working copy) not overwrite each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // No auto-imports: every file names what it uses, so `browser` is no global in core/ (pure, tested in Node).
  imports: false,
  manifest: ({ browser }) => ({
    // Words from public/_locales (English unless the browser's language has a catalogue).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // notifications: the seller's opt-in risk alerts; sidePanel: the popup's view kept open beside the page.
    // alarms: the daily retention run (background/retention-alarm.ts).
    permissions:
      browser === 'firefox'
        ? ['storage', 'scripting', 'activeTab', 'notifications', 'alarms']
        : ['storage', 'offscreen', 'scripting', 'activeTab', 'notifications', 'sidePanel', 'alarms'],
    // Shows or hides the host's overlay on the dashboard (background/overlay-shortcut.ts forwards it).
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_command_toggle_overlay__',
      },
    },
    optional_host_permissions: OPTIONAL_HOSTS,
    // Chrome 116: runtime.getContexts (the offscreen document's guard) and sidePanel.open; the MAIN-world
    // content script needs 111, offscreen 109, storage.session 102.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    // Firefox: a fixed add-on id (storage and grants survive reinstalls), and no data leaves the device.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: '@les-radar', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
    // Chrome: the network tap in the page's world from document_start, on the dashboards that fetch JSON.
    ...(browser === 'firefox'
      ? {}
      : {
          content_scripts: [{ matches: networkMatches, js: ['page-tap.js'], run_at: 'document_start', world: 'MAIN' }],
        }),
    action: { default_title: '__MSG_action_title__' },
    // Chrome runs the network tap as a MAIN-world content script; Firefox has the content script load it
    // into the page, only on the dashboards that fetch JSON. Chrome's platform scripts import the element
    // picker when asked (content/capture/load-picker.ts), and the stage watch on order pages and sites with
    // stage picks (content/capture/load-stages.ts), from their own pages only.
    web_accessible_resources:
      browser === 'firefox'
        ? networkOrigins.length
          ? [{ resources: ['page-tap.js'], matches: networkOrigins }]
          : []
        : [{ resources: ['picker.js', 'stages.js'], matches: contentOrigins }],
  }),
  hooks: {
    // The store zips (`wxt build`, `wxt zip`) read no local page; npm test and the demo build with
    // LES_LOCAL_PAGES=1 for the demo dashboard and the e2e fixture pages. Firefox gets its optional hosts.
    'build:manifestGenerated': (wxt, manifest) => {
      const local = readsLocalPages(process.env) ? { ...manifest } : withoutLocalPages(manifest);
      const next = wxt.config.browser === 'firefox' ? optionalHostsForMv2(local, OPTIONAL_HOSTS) : local;
      for (const key of Object.keys(manifest)) delete (manifest as Record<string, unknown>)[key];
      Object.assign(manifest, next);
    },
  },
  vite: () => ({
    plugins: [preact(), noInnerHtml],
    worker: { format: 'es' },
    // The endpoint paths the page-world tap reads and the fields of each, so it bundles no adapter code.
    define: { __LES_TAP_FIELDS__: JSON.stringify(tapFields) },
  }),
});
