/**
 * Reads the page's counter when a mutation touches it — in a task of its own, not inside the page's mutation:
 * the observers' microtask is the page's time (issue #17: ≤ 0.3 ms added per counter change). The changes of
 * one task are read once, at their last value: the count is cumulative, so none is lost. `stop` reads a change
 * already seen before letting go (stopping sends what is waiting, that reading too).
 */
export function watchCounter(
  win: Window & typeof globalThis,
  /** Whether these mutations touch the counter (and capture reads now). */
  touches: (records: MutationRecord[]) => boolean,
  read: () => void,
): { stop(): void } {
  let soon: number | undefined;
  const observer = new win.MutationObserver((records) => {
    if (soon !== undefined || !touches(records)) return;
    soon = win.setTimeout(() => {
      soon = undefined;
      read();
    }, 0);
  });
  observer.observe(win.document.body, { subtree: true, childList: true, characterData: true });
  return {
    stop() {
      observer.disconnect();
      if (soon === undefined) return;
      win.clearTimeout(soon);
      soon = undefined;
      read();
    },
  };
}
