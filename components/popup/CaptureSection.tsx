import { useEffect, useState } from 'preact/hooks';
import type { CaptureStatus } from '../../core/capture/health-schema';
import type { Result } from '../../core/lib/result';
import { STAGE_ROLES, type StageRole } from '../../core/records/stage-reading';
import { formatCount } from '../format';
import { type MessageKey, t } from '../i18n';
import { Notice } from '../Notice';
import { StatusBadge } from '../StatusBadge';

/** What the popup's capture section needs from the browser, passed in so tests can fake it. */
export type CaptureLink = {
  /** How capture goes on the active tab, or null when no capture runs there. */
  status(): Promise<CaptureStatus | null>;
  /**
   * Lets the user pick the number on the active tab (asking for the site first when it is new): the
   * paid-order counter, or with `role` a warehouse stage's number (issue #15).
   */
  pick(role?: StageRole): Promise<Result<{ started: boolean }>>;
  manualCount(streamId: string, paidOrders: number): Promise<Result<{ seq: number }>>;
};

/** The content script names the source in English (content/capture/state.ts); said here in the page's language. */
const SOURCE_KEY: Record<string, MessageKey> = {
  'page data': 'source_network',
  'page order feed': 'source_network_events',
  'page counter': 'source_page',
  'picked number': 'source_picked',
};
const sourceWord = (s: string) => (SOURCE_KEY[s] ? t(SOURCE_KEY[s]) : s);

/** The active tab's capture: its health in words, where the count comes from, and the two ways out. */
export function CaptureSection({ link, fallbackStreamId }: { link: CaptureLink; fallbackStreamId: string | null }) {
  const [status, setStatus] = useState<CaptureStatus | null | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    link.status().then(setStatus, () => setStatus(null));
  }, [link]);
  const streamId = status?.streamId ?? fallbackStreamId;

  const pick = async (role?: StageRole) => {
    const r = await link.pick(role);
    if (r.ok) window.close();
    else setNotice({ error: true, text: t('capture_pick_failed', r.error.message) });
  };
  const record = async (e: Event) => {
    e.preventDefault();
    const n = Number(typed.replace(/[,\s]/g, ''));
    if (!streamId) return;
    if (!Number.isSafeInteger(n) || n < 0) {
      setNotice({ error: true, text: t('capture_not_count', typed) });
      return;
    }
    const r = await link.manualCount(streamId, n);
    setNotice(
      r.ok ? { error: false, text: t('capture_recorded', formatCount(n)) } : { error: true, text: r.error.message },
    );
    if (r.ok) setTyped('');
  };

  return (
    <section class="capture" aria-labelledby="capture-h">
      <h2 id="capture-h">{t('capture_title')}</h2>
      {status === undefined ? null : status === null ? (
        <p class="muted" data-testid="capture-status">
          {t('capture_none')}
        </p>
      ) : (
        <p data-testid="capture-status">
          {status.status === 'live' ? <b>{t('capture_live')}</b> : <StatusBadge level={status.status} />}
          {status.source && ` ${t('capture_from', sourceWord(status.source))}`}
          {status.adapter && ` · ${status.adapter}`}
          {status.problem && <span class="muted"> — {status.problem}</span>}
        </p>
      )}
      <p class="muted">{t('capture_hint')}</p>
      <div class="capture-actions">
        <button type="button" onClick={() => pick()}>
          {t('capture_pick')}
        </button>
        {streamId && (
          <form onSubmit={record} class="manual-count">
            <label for="manual-count">{t('capture_paid_now')}</label>
            <input
              id="manual-count"
              inputMode="numeric"
              value={typed}
              onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
              required
            />
            <button type="submit">{t('capture_record')}</button>
          </form>
        )}
      </div>
      <div class="capture-stages">
        <h3>{t('capture_stage_title')}</h3>
        <p class="muted">{t('capture_stage_hint')}</p>
        {STAGE_ROLES.map((role) => (
          <button type="button" key={role} data-role={role} onClick={() => pick(role)}>
            {t(`capture_pick_${role}`)}
          </button>
        ))}
      </div>
      <Notice notice={notice} />
    </section>
  );
}
