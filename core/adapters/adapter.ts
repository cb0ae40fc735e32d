/**
 * A dashboard adapter: how to recognise a seller page, name its stream and find its paid-order
 * counter. Each platform is one folder beside this file; the registry lists them. Adapters take the
 * page's `Document` as a parameter so they run against saved fixtures in Node tests.
 */
export type DashboardAdapter = {
  id: string;
  /** Whether this adapter handles the page at `url` with this document. */
  matches(url: URL, doc: Document): boolean;
  /** A stable id for the live stream on this page, or null while the page has none. */
  streamId(doc: Document): string | null;
  /** The element showing the cumulative paid-order count, or null when it is not on the page. */
  findCounter(doc: Document): Element | null;
  /** The count shown by that element, or why it cannot be read. */
  readCounter(el: Element): { ok: true; value: number } | { ok: false; reason: string };
};
