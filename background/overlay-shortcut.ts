import { browser } from 'wxt/browser';
import { request } from '../runtime/messaging';

/** The manifest command that shows or hides the overlay (wxt.config.ts); the tab's overlay does the rest. */
export const TOGGLE_OVERLAY = 'toggle-overlay';

export function forwardOverlayShortcut(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_OVERLAY) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // A tab without the content script (no dashboard) has nothing to toggle.
    if (tab?.id !== undefined) void request('tab', 'toggle-overlay', {}, tab.id);
  });
}
