import type { DataCounts } from '../../storage/lifecycle/data-counts';

/** What the data section needs from the browser, passed in so tests can fake it (pages/options-link.ts). */
export type DataLink = {
  storage(): Promise<{ usage: number; quota: number } | null>;
  backup(): Promise<string>;
  restore(json: string): Promise<void>;
  download(fileName: string, text: string): void;
  /** The recorded streams, newest first. */
  streams(): Promise<StreamListRow[]>;
  /** What "Erase all" would erase, counted. */
  counts(): Promise<DataCounts>;
  /** Every row of one stream; how many of each kind went. */
  deleteStream(streamId: string): Promise<Record<string, number>>;
  /** Every object store and stored key; the page then starts afresh. */
  eraseAll(): Promise<void>;
  /** True once, on the page's first render after an erase (it reloads to show the defaults). */
  justErased?(): boolean;
};

export type StreamListRow = { streamId: string; lastAt: number; snapshots: number };

export type { DataCounts } from '../../storage/lifecycle/data-counts';
