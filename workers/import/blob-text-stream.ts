type Listener = (arg?: unknown) => void;

/**
 * A Blob read slice by slice and decoded with a streaming TextDecoder, shaped like the Node readable
 * stream PapaParse accepts (`readable`, `read`, `on`, `removeListener`): Papa then parses each slice
 * as it comes, carrying a record cut by the slice over to the next one.
 *
 * Why not `Papa.parse(file)`: its FileStreamer decodes every slice on its own with FileReader, so a
 * character whose bytes straddle two slices (3-byte UTF-8 Chinese, 2-byte GBK) turns into U+FFFD —
 * in Chromium '已完成' came out as '已完��' — and a Douyin status or carrier silently changes meaning.
 * A streaming decoder keeps the cut character's first bytes until the rest arrives. It also runs the
 * same in Node (no FileReader there), so the unit tests drive this very code.
 *
 * Papa never pauses a stream unless its caller asks it to, and we never do, so there is no pause().
 */
export class BlobTextStream {
  readonly readable = true;
  /** Bytes read, decoded and handed to the parser so far. */
  bytesRead = 0;
  private readonly listeners = new Map<string, Set<Listener>>();
  private stopped = false;

  constructor(
    private readonly blob: Blob,
    private readonly decoder: TextDecoder,
    private readonly sliceBytes: number,
    /** Called after each slice has been parsed (Papa parses a 'data' event synchronously). */
    private readonly afterSlice: () => void = () => {},
  ) {}

  read(): null {
    return null;
  }

  on(event: string, listener: Listener): this {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return this;
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  /** Stops reading: no further 'data' or 'end' event is sent. */
  stop(): void {
    this.stopped = true;
  }

  /** Starts reading; call once Papa has subscribed (right after `Papa.parse(stream, …)`). */
  async start(): Promise<void> {
    const size = this.blob.size;
    // One slice is read ahead while the one before it is parsed: in a browser the bytes come from the
    // blob's store asynchronously, and waiting for each slice only after parsing the last left the
    // parser idle between slices.
    let next = this.bytesRead < size ? this.readAt(this.bytesRead, size) : null;
    while (!this.stopped && next !== null) {
      const { end, bytes: pending } = next;
      let text: string;
      try {
        const bytes = new Uint8Array(await pending);
        if (this.stopped) return;
        next = end < size ? this.readAt(end, size) : null;
        text = this.decoder.decode(bytes, { stream: end < size });
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        const at = `${this.decoder.encoding} in the bytes from ${this.bytesRead} to ${end}`;
        if (!this.stopped) this.emit('error', new Error(`the file cannot be read as ${at}: ${reason}`));
        return;
      }
      this.bytesRead = end;
      this.emit('data', text);
      this.afterSlice();
    }
    if (!this.stopped) this.emit('end');
  }

  /** Starts reading the slice from `from`; a failure is reported when its turn comes, not before. */
  private readAt(from: number, size: number): { end: number; bytes: Promise<ArrayBuffer> } {
    const end = Math.min(size, from + this.sliceBytes);
    const bytes = this.blob.slice(from, end).arrayBuffer();
    bytes.catch(() => {}); // read ahead and then not awaited (stopped first): no unhandled rejection
    return { end, bytes };
  }

  private emit(event: string, arg?: unknown): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(arg);
  }
}
