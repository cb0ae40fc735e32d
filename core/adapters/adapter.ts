import type { Parsed } from '../lib/parse-count';
import type { StageRole } from '../records/stage-reading';

/**
 * A dashboard adapter: how to recognise a seller page, name its stream and read its paid-order count,
 * from the JSON the page already fetches (most trusted) and from its DOM by text labels. Each
 * platform is one folder beside this file; the registry lists them. Adapters take the page's URL and
 * `Document` as parameters so they run against saved fixtures in Node tests.
 */
export type DashboardAdapter = {
  id: string;
  /** The seller-facing name of the page, used in status lines ("Douyin Compass: counter not found"). */
  label: string;
  /** Match patterns of the pages it reads (the content script's manifest matches are their union). */
  hosts: readonly string[];
  /** Whether this adapter handles the page at `url` with this document. */
  matches(url: URL, doc: Document): boolean;
  /** A stable id for the live stream on this page (`<streamPrefix>:<room>`), or null while the page shows none. */
  streamId(url: URL, doc: Document): string | null;
  /** Prefix of stream ids, so a room id seen in the page's JSON names the same stream as the DOM does. */
  streamPrefix: string;
  /** The element showing the cumulative paid-order count, or null when it is not on the page. */
  findCounter(doc: Document): Element | null;
  /** The count shown by that element, or why it cannot be read. */
  readCounter(el: Element): Parsed;
  /** The JSON responses worth reading on this page, if the platform's dashboard fetches any. */
  network?: NetworkTap;
  /**
   * For a page that shows no room id (TikTok LIVE Manager): capture names the stream by a local id per
   * tab session and day (content/capture/local-stream.ts) instead of waiting for one. DOM-only pages:
   * a network reading naming a room would not match that id.
   */
  localStreamWhenNoRoom?: boolean;
  /** False when its page shape is a reconstruction, not checked against the live page: "unverified" in Options. */
  verified?: false;
  /**
   * Why the page has stopped updating by itself, in words ("the desk's idle-protection dialog is open"),
   * or null while it runs: capture then says "paused" and names why instead of going stale or lost.
   */
  paused?(doc: Document): string | null;
};

/** What one JSON response says about the stream. */
export type NetworkReading =
  /**
   * The room's cumulative paid-order count (e.g. Douyin `today_live_room`, which lists all of today's
   * rooms: `live` false marks the ones that have ended, so the page's stream is the live one).
   */
  | { kind: 'paid-total'; paidOrders: number; roomId: string | null; live?: boolean }
  /**
   * Individual orders that reached "paid" (e.g. Douyin `live_order_stream`, status 3): only the order id
   * and when it was paid; buyer fields never leave the parser.
   */
  | { kind: 'paid-orders'; orders: { id: string; paidAt: number }[]; roomId: string | null }
  /** Only which room the page shows, no count (e.g. the Douyin desk's `promotions_v2`): it names the stream. */
  | { kind: 'room'; roomId: string };

export type NetworkTap = {
  /** Path fragments of the endpoints to read; the page-world tap forwards only responses whose URL has one. */
  paths: readonly string[];
  /**
   * Per path, the fields `parse` reads (core/capture/tap-fields.ts: "data[].order_id", "?room_id"): the tap
   * passes on nothing else, so buyer fields never leave the page's world.
   */
  fields: Readonly<Record<string, readonly string[]>>;
  /** Match patterns of the live pages the tap runs on (the page's world is touched nowhere else). */
  pages: readonly string[];
  /** The readings in one response body, or why it cannot be read (naming the field). */
  parse(url: URL, body: unknown): { ok: true; readings: NetworkReading[] } | { ok: false; reason: string };
};

/**
 * A page that shows the warehouse's stages (issue #15): an order-management page whose tabs count the
 * orders waiting to be packed and the parcels waiting for the carrier. Read from the DOM by labels; the
 * counts are shop-wide (core/records/stage-reading.ts).
 */
export type StageAdapter = {
  id: string;
  label: string;
  /** Match patterns of its pages (inside its platform's content-script matches). */
  hosts: readonly string[];
  matches(url: URL, doc: Document): boolean;
  /** The counts the page shows now; a role it cannot find is absent (null when it finds none). */
  readStages(doc: Document): Partial<Record<StageRole, number>> | null;
  /** False while its labels are a reconstruction, not checked on the live page. */
  verified?: false;
};
