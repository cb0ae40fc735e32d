/**
 * "Never count twice": the stream's recorded count only moves up. A reload, a re-render or a page
 * whose own counter restarts may show less than what is already recorded; such a reading is held
 * back (reported, not recorded) until the page shows more again. Dashboards count the room's paid
 * orders on the server, so a real drop is a glitch, and taking the maximum cannot double count —
 * where adding a "restart" on top of the old count would, the moment the glitch ends.
 */
export type GuardVerdict =
  | { record: true; value: number }
  | { record: false; reason: 'same' }
  | { record: false; reason: 'below'; floor: number };

export class CountGuard {
  constructor(private floor: number | null = null) {}

  /** The highest count recorded so far for the stream (stored or read), or null before any. */
  get recorded(): number | null {
    return this.floor;
  }

  accept(value: number): GuardVerdict {
    if (this.floor !== null && value === this.floor) return { record: false, reason: 'same' };
    if (this.floor !== null && value < this.floor) return { record: false, reason: 'below', floor: this.floor };
    this.floor = value;
    return { record: true, value };
  }
}
