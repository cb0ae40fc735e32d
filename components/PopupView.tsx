import type { Estimate } from '../core/estimate';
import { formatCount, formatWhen } from './format';
import { OutlookView } from './OutlookView';
import { type CaptureLink, CaptureSection } from './popup/CaptureSection';
import { StageBars } from './StageBars';
import { StatusBadge } from './StatusBadge';

export type PopupProps = {
  estimate: Estimate | null;
  error: string | null;
  loading: boolean;
  reportUrl: string;
  optionsUrl: string;
  capture?: CaptureLink;
};

/** The assistant's view: status, the four stage backlogs and the next deadlines. */
export function PopupView({ estimate: e, error, loading, reportUrl, optionsUrl, capture }: PopupProps) {
  return (
    <main class="page popup">
      <header class="page-header">
        <h1>LES Radar</h1>
        {e && <StatusBadge level={e.status} />}
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!e && !error && (
        <p class="muted">{loading ? 'Loading…' : 'No stream recorded yet. Open a live dashboard to start.'}</p>
      )}
      {e && (
        <>
          <p class="muted" data-testid="stream-id">
            {e.streamId}
          </p>
          <dl class="figures">
            <div>
              <dt>Stream orders</dt>
              <dd data-testid="stream-orders">{formatCount(e.streamOrders)}</dd>
            </div>
            <div>
              <dt>Orders / min</dt>
              <dd>{formatCount(e.ordersPerMinute)}</dd>
            </div>
            <div>
              <dt>Waiting to ship</dt>
              <dd>{formatCount(e.unshipped)}</dd>
            </div>
            <div>
              <dt>At risk of late dispatch</dt>
              <dd data-testid="at-risk">{formatCount(e.atRisk)}</dd>
            </div>
            <div>
              <dt>Next pickup</dt>
              <dd>{formatWhen(e.nextPickupAt, e.at, e.timeZone)}</dd>
            </div>
            <div>
              <dt>All picked up by</dt>
              <dd>{formatWhen(e.clearAt, e.at, e.timeZone)}</dd>
            </div>
          </dl>
          <h2>Backlog per stage</h2>
          <StageBars backlog={e.backlog} />
          <p class="muted" data-testid="backlog-forecast">
            Waiting to ship, expected:{' '}
            {[6, 24, 48]
              .map((h) => {
                const b = e.backlogForecast[h];
                return b ? `in ${h} h ${formatCount(b.receipt + b.pickPack + b.shipTransport)}` : null;
              })
              .filter(Boolean)
              .join(' · ')}
          </p>
          {e.outlook ? <OutlookView outlook={e.outlook} /> : <p class="muted">Computing the score outlook…</p>}
        </>
      )}
      {capture && <CaptureSection link={capture} fallbackStreamId={e?.streamId ?? null} />}
      <footer>
        <a href={reportUrl} target="_blank" rel="noreferrer">
          Stream reports
        </a>
        {' · '}
        <a href={optionsUrl} target="_blank" rel="noreferrer">
          Settings
        </a>
      </footer>
    </main>
  );
}
