import { useEffect, useState } from 'preact/hooks';
import type { CaptureStatus } from '../../core/capture/config';
import type { Result } from '../../core/result';
import { formatCount } from '../format';
import { StatusBadge } from '../StatusBadge';

/** What the popup's capture section needs from the browser, passed in so tests can fake it. */
export type CaptureLink = {
  /** How capture goes on the active tab, or null when no capture runs there. */
  status(): Promise<CaptureStatus | null>;
  /** Lets the user pick the number on the active tab (asking for the site first when it is new). */
  pick(): Promise<Result<{ started: boolean }>>;
  manualCount(streamId: string, paidOrders: number): Promise<Result<{ seq: number }>>;
};

const SOURCE_HINT = 'If the count is wrong or missing, pick the number on the page, or type it here.';

/** The active tab's capture: its health in words, where the count comes from, and the two ways out. */
export function CaptureSection({ link, fallbackStreamId }: { link: CaptureLink; fallbackStreamId: string | null }) {
  const [status, setStatus] = useState<CaptureStatus | null | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    link.status().then(setStatus, () => setStatus(null));
  }, [link]);
  const streamId = status?.streamId ?? fallbackStreamId;

  const pick = async () => {
    const r = await link.pick();
    if (r.ok) window.close();
    else setNotice({ error: true, text: `Could not start the picker: ${r.error.message}` });
  };
  const record = async (e: Event) => {
    e.preventDefault();
    const n = Number(typed.replace(/[,\s]/g, ''));
    if (!streamId) return;
    if (!Number.isSafeInteger(n) || n < 0) {
      setNotice({ error: true, text: `"${typed}" is not a whole count of paid orders` });
      return;
    }
    const r = await link.manualCount(streamId, n);
    setNotice(
      r.ok ? { error: false, text: `Recorded ${formatCount(n)} paid orders.` } : { error: true, text: r.error.message },
    );
    if (r.ok) setTyped('');
  };

  return (
    <section class="capture" aria-labelledby="capture-h">
      <h2 id="capture-h">Capture on this tab</h2>
      {status === undefined ? null : status === null ? (
        <p class="muted" data-testid="capture-status">
          No live dashboard on this tab.
        </p>
      ) : (
        <p data-testid="capture-status">
          {status.status === 'live' ? <b>Live</b> : <StatusBadge level={status.status} />}
          {status.source && ` from the ${status.source}`}
          {status.adapter && ` · ${status.adapter}`}
          {status.problem && <span class="muted"> — {status.problem}</span>}
        </p>
      )}
      <p class="muted">{SOURCE_HINT}</p>
      <div class="capture-actions">
        <button type="button" onClick={pick}>
          Pick the number on this page
        </button>
        {streamId && (
          <form onSubmit={record} class="manual-count">
            <label for="manual-count">Paid orders now</label>
            <input
              id="manual-count"
              inputMode="numeric"
              value={typed}
              onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
              required
            />
            <button type="submit">Record</button>
          </form>
        )}
      </div>
      {notice && (
        <p class={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
