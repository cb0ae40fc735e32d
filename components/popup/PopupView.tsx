import { useMemo, useState } from 'preact/hooks';
import { halfLifeOf } from '../../core/faces/plan-standing';
import { AHEAD_HOURS, streamFigures } from '../../core/faces/stream-figures';
import { applyWhatIf, NO_CHANGE, stageCapacity, type WhatIf } from '../../core/faces/what-if';
import type { Estimate } from '../../core/outlook/estimate';
import type { Settings } from '../../core/settings/settings';
import { formatCount, lateText } from '../format';
import { t } from '../i18n';
import { OutlookView } from '../OutlookView';
import { StageBars } from '../StageBars';
import { StatusBadge } from '../StatusBadge';
import { CapacityLines } from './CapacityLines';
import { type CaptureLink, CaptureSection } from './CaptureSection';
import { Countdowns } from './Countdowns';
import { ObservedLines } from './ObservedLines';
import { RunOfShow, type RunOfShowLink } from './RunOfShow';
import { SidePanelButton } from './SidePanelButton';
import { type WhatIfLink, WhatIfPanel } from './WhatIfPanel';

export type PopupProps = {
  estimate: Estimate | null;
  error: string | null;
  loading: boolean;
  reportUrl: string;
  optionsUrl: string;
  capture?: CaptureLink;
  /** The wall clock, ticking each second for the countdowns (defaults to the estimate's time). */
  now?: number;
  /** The saved settings, for each stage's capacity now; absent until they are read. */
  settings?: Settings | null;
  whatIf?: WhatIfLink;
  /** The stream's run-of-show, the forecast's prior: read and saved through the background. */
  runOfShow?: RunOfShowLink;
  /** Opens the same view in the side panel (the popup only, where the browser has one). */
  openSidePanel?: () => void;
};

/** The assistant's view: status, the four stage backlogs and the next deadlines, all from streamFigures. */
export function PopupView(props: PopupProps) {
  const { estimate, error, loading, reportUrl, optionsUrl, capture, settings, whatIf, openSidePanel } = props;
  const e = useMemo(() => estimate && streamFigures(estimate), [estimate]);
  // The what-if's change shows in the capacity lines too, so the step and its cause sit together.
  const [change, setChange] = useState<WhatIf>(NO_CHANGE);
  const at = e?.at;
  const capacity = useMemo(
    () => (settings && at !== undefined ? stageCapacity(applyWhatIf(settings, change), at) : null),
    [settings, at, change],
  );
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
      {!e && !error && <p class="muted">{loading ? t('loading') : t('popup_no_stream')}</p>}
      {e && (
        <>
          <p class="muted" data-testid="stream-id">
            {e.streamId}
          </p>
          <dl class="figures">
            <div>
              <dt>{t('popup_stream_orders')}</dt>
              <dd data-testid="stream-orders">{formatCount(e.streamOrders)}</dd>
            </div>
            <div>
              <dt>{t('popup_orders_per_min')}</dt>
              <dd>{formatCount(e.ordersPerMinute)}</dd>
            </div>
            <div>
              <dt>{t('popup_waiting_to_ship')}</dt>
              <dd>{formatCount(e.unshipped)}</dd>
            </div>
            <div>
              <dt title={t('fig_at_risk_hint')}>{t('fig_at_risk')}</dt>
              <dd data-testid="at-risk">{formatCount(e.atRisk)}</dd>
            </div>
            <div>
              <dt title={t('fig_late_predicted_hint')}>{t('fig_late_predicted')}</dt>
              <dd data-testid="late-predicted">{lateText(e.late)}</dd>
            </div>
          </dl>
          <Countdowns figures={e} now={props.now ?? e.at} />
          <h2>{t('popup_backlog_per_stage')}</h2>
          <StageBars backlog={e.backlog} />
          {estimate && <ObservedLines estimate={estimate} />}
          {capacity && <CapacityLines figures={e} capacity={capacity} />}
          <p class="muted" data-testid="backlog-forecast">
            {t(
              'popup_forecast',
              AHEAD_HOURS.map((h) => {
                const n = e.waitingIn[h];
                return n === undefined ? null : t('popup_forecast_in', h, formatCount(n));
              })
                .filter(Boolean)
                .join(' · '),
            )}
          </p>
          {estimate?.outlook ? (
            <OutlookView outlook={estimate.outlook} figures={e} />
          ) : (
            <p class="muted">{t('popup_outlook_computing')}</p>
          )}
          {props.runOfShow && (
            <RunOfShow
              figures={e}
              link={props.runOfShow}
              halfLifeMinutes={halfLifeOf(estimate?.outlook ?? null) ?? settings?.model.forecastHalfLifeMinutes ?? null}
            />
          )}
          {whatIf && <WhatIfPanel live={e} run={whatIf} change={change} onChange={setChange} />}
        </>
      )}
      {capture && <CaptureSection link={capture} fallbackStreamId={e?.streamId ?? null} />}
      <footer>
        {openSidePanel && <SidePanelButton open={openSidePanel} />}
        <a href={reportUrl} target="_blank" rel="noreferrer">
          {t('popup_reports')}
        </a>
        {' · '}
        <a href={optionsUrl} target="_blank" rel="noreferrer">
          {t('popup_settings')}
        </a>
      </footer>
    </main>
  );
}
