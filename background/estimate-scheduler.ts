/**
 * Runs at most one estimate per stream at a time: snapshots arriving during a run mark the stream
 * dirty, and one more run follows. A burst of snapshots costs two model runs, not one per snapshot.
 */
export function createEstimateScheduler(run: (streamId: string) => Promise<void>): (streamId: string) => Promise<void> {
  const running = new Map<string, Promise<void>>();
  const dirty = new Set<string>();

  const loop = async (streamId: string) => {
    try {
      do {
        dirty.delete(streamId);
        await run(streamId).catch((error) => console.warn('LES Radar: estimate failed', streamId, error));
      } while (dirty.has(streamId));
    } finally {
      running.delete(streamId);
    }
  };

  return (streamId) => {
    const current = running.get(streamId);
    if (current) {
      dirty.add(streamId);
      return current;
    }
    const next = loop(streamId);
    running.set(streamId, next);
    return next;
  };
}
