import type { StageAdapter } from '../../core/adapters/adapter';
import type { StageCounts } from '../../core/adapters/tab-counts';

/** What the stage watch sends (the contract's 'stage-reading' payload); true when the background took it. */
export type StageReadingOut = { at: number; origin: string; source: string; page: string; counts: StageCounts };
export type SendStages = (reading: StageReadingOut) => Promise<boolean>;

const READ_EVERY_MS = 5000;
/** A busy page mutates all the time: read at most once a second for it. */
const MUTATION_GAP_MS = 1000;
/** A count that moves every second (a busy stream) is sent at most this often: the model needs no finer. */
const SEND_GAP_MS = 10_000;
/** Unchanged counts are confirmed this often: the pickup-scan watchdog must know a count did not move. */
const CONFIRM_EVERY_MS = 60_000;

/**
 * Watches the warehouse's stage counts on one page (issue #15): reads them every 5 s and soon after the
 * page changes, and sends them when one changed, or unchanged at least once a minute. Sends nothing
 * while the page shows none. Returns the stop.
 */
export function watchStages(
  win: Window & typeof globalThis,
  adapter: StageAdapter,
  send: SendStages,
  now: () => number = Date.now,
): () => void {
  let sent = '';
  let sentAt = Number.NEGATIVE_INFINITY;
  let readAt = Number.NEGATIVE_INFINITY;
  let soon: number | undefined;
  // This page load's own rows in the store: another tab of the site (perhaps one never reloaded) keeps its own.
  const page = Math.floor(Math.random() * 2 ** 32).toString(36);

  const read = () => {
    readAt = now();
    const counts = adapter.readStages(win.document);
    if (!counts) return;
    const key = JSON.stringify(Object.entries(counts).sort());
    // Sent within the tick before the minute is up, so no minute passes without a reading.
    if (key === sent && readAt - sentAt < CONFIRM_EVERY_MS - READ_EVERY_MS) return;
    // A change soon after the last send waits for a later read (the 5-second tick comes within the gap).
    if (key !== sent && sent !== '' && readAt - sentAt < SEND_GAP_MS) return;
    sent = key;
    sentAt = readAt;
    const out = { at: readAt, origin: win.location.origin, source: adapter.id, page, counts };
    // A reading the background did not take is sent again at the next read.
    const forget = () => {
      if (sent === key) sent = '';
    };
    void send(out).then((took) => took || forget(), forget);
  };

  const onMutation = () => {
    if (soon !== undefined) return;
    soon = win.setTimeout(
      () => {
        soon = undefined;
        read();
      },
      Math.max(0, readAt + MUTATION_GAP_MS - now()),
    );
  };
  const observer = new win.MutationObserver(onMutation);
  observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
  const tick = win.setInterval(read, READ_EVERY_MS);
  read();

  return () => {
    observer.disconnect();
    win.clearInterval(tick);
    if (soon !== undefined) win.clearTimeout(soon);
  };
}
