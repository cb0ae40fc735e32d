/**
 * One stream, one count: of several tabs showing the same stream, only the one holding the stream's
 * Web Lock captures; the others wait on standby and take over when it closes. (Tabs on different
 * origins cannot share a lock; the store's collision check keeps their seqs apart.) The returned
 * function lets go: the lock if held, the place in the queue if still waiting.
 */
export function leadStream(win: Window, streamId: string, onLead: () => void): () => void {
  const locks = (win.navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) {
    onLead();
    return () => {};
  }
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const waiting = new AbortController();
  locks
    .request(`les-radar:${streamId}`, { signal: waiting.signal }, async () => {
      onLead();
      await held; // kept until this capture stops (or the tab goes away, which frees it)
    })
    .catch(() => {});
  return () => {
    waiting.abort(); // no effect once granted
    release();
  };
}
