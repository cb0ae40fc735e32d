import { browser } from 'wxt/browser';
import type { PopupLink } from '../components/popup/PopupApp';
import type { Estimate } from '../core/outlook/estimate';
import { request } from '../runtime/messaging';
import { readPlan } from '../storage/run-of-show-store';
import { loadSettings, readSettings } from '../storage/settings-store';
import { manualCount, pickOnActiveTab, tabCaptureStatus } from './tab-link';
import { getLatestEstimate, onEstimate } from './ui-link';

/**
 * The latest estimate is asked for as soon as the page's scripts run, while the page still reads its
 * language and settings, so the first render does not wait for one more round trip; the pushes that
 * may follow it (the background refreshes a stored answer) are kept until the view subscribes.
 */
let firstAnswer: ReturnType<typeof getLatestEstimate> | null = getLatestEstimate();
let earlyPush: Estimate | null = null;
const stopEarly = onEstimate((e) => {
  earlyPush = e;
});

function getEstimate(): ReturnType<typeof getLatestEstimate> {
  const answer = firstAnswer ?? getLatestEstimate();
  firstAnswer = null;
  return answer;
}

function followEstimates(cb: (e: Estimate) => void): () => void {
  stopEarly();
  const off = onEstimate(cb);
  if (earlyPush) cb(earlyPush);
  earlyPush = null;
  return off;
}

/** What the popup and the side panel ask of the extension: the same view, wired the same way. */
export function popupLink(where: 'popup' | 'sidepanel'): PopupLink {
  return {
    getEstimate,
    onEstimate: followEstimates,
    reportUrl: browser.runtime.getURL('/report.html'),
    optionsUrl: browser.runtime.getURL('/options.html'),
    capture: { status: tabCaptureStatus, pick: pickOnActiveTab, manualCount },
    loadSettings,
    settingsProblems: () => readSettings().then((r) => (r.ok ? 0 : r.problems.length)),
    whatIf: (streamId, change) => request('background', 'what-if', { streamId, ...change }),
    runOfShow: {
      read: readPlan,
      save: (streamId, drops) => request('background', 'set-run-of-show', { streamId, drops }),
    },
    openSidePanel: where === 'popup' ? sidePanelOpener() : undefined,
  };
}

/**
 * Chrome opens a side panel only inside the click that asks for it, so the window id is looked up
 * beforehand and the click calls `open` at once. Firefox (its sidebar opens from its own menu) and
 * browsers without the API get no button.
 */
function sidePanelOpener(): (() => void) | undefined {
  const panel = browser.sidePanel;
  if (!panel?.open) return undefined;
  let windowId: number | undefined;
  browser.windows.getCurrent().then((w) => {
    windowId = w.id;
  });
  return () => {
    if (windowId === undefined) return;
    panel.open({ windowId }).then(
      () => window.close(), // the popup's job is done: the panel shows the same
      () => {},
    );
  };
}
