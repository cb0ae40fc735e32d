import { useEffect, useMemo, useState } from 'preact/hooks';
import { MAX_DROPS } from '../../core/contract/run-of-show';
import { dropAt, dropClock } from '../../core/faces/drop-time';
import { planStanding } from '../../core/faces/plan-standing';
import type { StreamFigures } from '../../core/faces/stream-figures';
import type { Result } from '../../core/lib/result';
import { parseClock } from '../../core/lib/time';
import type { PlannedDrop } from '../../core/model/run-of-show';
import type { Estimate } from '../../core/outlook/estimate';
import { formatCount } from '../format';
import { t } from '../i18n';
import { Notice, type NoticeText } from '../Notice';

/** What the run-of-show section needs from the extension, passed in so tests can fake it. */
export type RunOfShowLink = {
  /** The stream's planned drops as stored ([] without a plan). */
  read(streamId: string): Promise<Result<PlannedDrop[]>>;
  /** Saves the whole plan; the background answers with the estimate that follows it (and pushes it to every face). */
  save(streamId: string, drops: PlannedDrop[]): Promise<Result<Estimate | null>>;
};

/** The most orders one drop may be expected to bring (core/contract/run-of-show.ts checks the same). */
const MAX_ORDERS = 1_000_000;

/**
 * The seller's run-of-show: the drops planned for the stream with the orders each should bring, the
 * forecast's prior (core/model/run-of-show.ts). Each addition or removal is saved at once; the sentence
 * above says how the stream runs against the plan so far, from the same planLevel the forecast applies.
 */
export function RunOfShow(props: { figures: StreamFigures; link: RunOfShowLink; halfLifeMinutes: number | null }) {
  const { figures: f, link, halfLifeMinutes } = props;
  const { streamId, timeZone } = f;
  const [drops, setDrops] = useState<PlannedDrop[]>([]);
  const [time, setTime] = useState('');
  const [orders, setOrders] = useState('');
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setDrops([]);
    link.read(streamId).then(
      (r) => (r.ok ? setDrops(r.data) : setNotice({ error: true, text: t('plan_unreadable', r.error.message) })),
      () => {},
    );
  }, [link, streamId]);

  const standing = useMemo(
    () => (halfLifeMinutes === null ? null : planStanding(drops, f.streamOrders, f.at, halfLifeMinutes)),
    [drops, f.streamOrders, f.at, halfLifeMinutes],
  );

  /** One save at a time, each on the plan as saved before it: a second change waits for the first. */
  const save = async (next: PlannedDrop[], done: string): Promise<boolean> => {
    setBusy(true);
    const r = await link.save(streamId, next).finally(() => setBusy(false));
    setNotice(r.ok ? { error: false, text: done } : { error: true, text: t('plan_not_saved', r.error.message) });
    if (r.ok) setDrops(next);
    return r.ok;
  };
  const add = async (e: Event) => {
    e.preventDefault();
    const n = Number(orders.replace(/[,\s]/g, ''));
    if (!/^\d{2}:\d{2}$/.test(time)) return setNotice({ error: true, text: t('plan_not_time', time) });
    if (!Number.isSafeInteger(n) || n < 0 || n > MAX_ORDERS) {
      return setNotice({ error: true, text: t('plan_not_orders', orders, formatCount(MAX_ORDERS)) });
    }
    if (drops.length >= MAX_DROPS) return setNotice({ error: true, text: t('plan_full', MAX_DROPS) });
    const drop = { at: dropAt(parseClock(time), timeZone, f.at), orders: n };
    const next = [...drops, drop].sort((a, b) => a.at - b.at);
    if (!(await save(next, t('plan_added', dropClock(drop.at, timeZone), formatCount(n))))) return;
    setTime('');
    setOrders('');
  };
  const remove = (drop: PlannedDrop) =>
    save(
      drops.filter((d) => d !== drop),
      t('plan_removed', dropClock(drop.at, timeZone), formatCount(drop.orders)),
    );

  return (
    <section class="run-of-show" aria-labelledby="run-of-show-h">
      <h2 id="run-of-show-h">{t('plan_title')}</h2>
      <p class="muted" data-testid="plan-standing">
        {!standing
          ? t('plan_none')
          : standing.started
            ? t('plan_follows', formatCount(standing.planned), formatCount(Math.round(standing.level * 100)))
            : t('plan_not_begun', formatCount(standing.planned))}
      </p>
      {drops.length > 0 && (
        <ul class="planned-drops" data-testid="planned-drops">
          {drops.map((d) => {
            const what = t('plan_drop', dropClock(d.at, timeZone), formatCount(d.orders));
            return (
              <li key={`${d.at}-${d.orders}`}>
                <span>{what}</span>
                <button
                  type="button"
                  aria-label={t('plan_remove_drop', what)}
                  disabled={busy}
                  onClick={() => remove(d)}
                >
                  {t('plan_remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form class="plan-add" onSubmit={add}>
        <label for="drop-time">{t('plan_time', timeZone)}</label>
        <input
          id="drop-time"
          type="time"
          value={time}
          onInput={(e) => setTime((e.currentTarget as HTMLInputElement).value)}
          required
        />
        <label for="drop-orders">{t('plan_orders')}</label>
        <input
          id="drop-orders"
          inputMode="numeric"
          value={orders}
          onInput={(e) => setOrders((e.currentTarget as HTMLInputElement).value)}
          required
        />
        <button type="submit" disabled={busy}>
          {t('plan_add')}
        </button>
      </form>
      <Notice notice={notice} />
    </section>
  );
}
