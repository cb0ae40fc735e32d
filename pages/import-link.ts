import * as Comlink from 'comlink';
import type { ImportApi, ImportOptions, ImportOutcome, ImportProgress } from '../workers/import/types';

/** What the import page needs from the worker, passed in so component tests can fake it. */
export type ImportLink = {
  run(file: File, opts: ImportOptions, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome>;
  cancel(): Promise<void>;
};

/**
 * The page's side of the import worker, started on the first import. Cancel asks the worker first: while
 * it reads, it stops the parser and answers; once it stores, only ending the worker stops the write, so
 * the link ends it (the transaction in flight rolls back, committed batches stay) and starts a fresh one
 * for the next import.
 */
export function importLink(): ImportLink {
  let worker: Worker | null = null;
  let remote: Comlink.Remote<ImportApi> | null = null;
  let abandon: ((o: ImportOutcome) => void) | null = null;

  const end = (outcome: ImportOutcome) => {
    worker?.terminate();
    worker = null;
    remote = null;
    abandon?.(outcome);
  };

  return {
    run(file, opts, onProgress) {
      if (!worker || !remote) {
        worker = new Worker(new URL('../workers/import/import.worker.ts', import.meta.url), { type: 'module' });
        worker.onerror = (e) => end({ kind: 'failed', message: `The import worker stopped: ${e.message}` });
        remote = Comlink.wrap<ImportApi>(worker);
      }
      const api = remote;
      return new Promise<ImportOutcome>((resolve) => {
        abandon = resolve;
        api
          .importFile(file, opts, Comlink.proxy(onProgress))
          .then(resolve, (e: unknown) =>
            resolve({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
          );
      }).finally(() => {
        abandon = null;
      });
    },
    async cancel() {
      if (!remote) return;
      const phase = await remote.cancel();
      if (phase === 'storing') end({ kind: 'cancelled', phase: 'storing' });
    },
  };
}
