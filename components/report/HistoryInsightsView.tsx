import type { HistoryInsights } from '../../core/report/insights-schema';
import { formatCount } from '../format';
import { say, t } from '../i18n';
import { CarrierTable } from './CarrierTable';
import { StageTable } from './StageTable';

/** The imported history as a whole: what held the scorecard window's late orders, and the carriers. */
export function HistoryInsightsView({ insights: h }: { insights: HistoryInsights }) {
  if (h.orders === 0) return null;
  const a = h.attribution;
  const summary = a ? say(a.sentence, a.summary) : '';
  const intro = t('insights_carriers_intro', formatCount(h.orders), h.minOrders, t('carrier_not_enough'));
  return (
    <section aria-label={t('options_history')}>
      <h2>{t('insights_window', h.window.days)}</h2>
      {a ? (
        <>
          <p data-testid="window-summary">
            {a.points === null
              ? t('insights_window_summary', formatCount(a.orders), summary)
              : t('insights_window_summary_points', formatCount(a.orders), summary, a.points.toFixed(1))}
          </p>
          <StageTable
            testId="window-stages"
            caption={t('insights_window_table')}
            file="Actual late orders by stage, scorecard window"
            rows={a.stages}
          />
        </>
      ) : (
        <p class="muted">{t('insights_window_none')}</p>
      )}
      <h2>{t('insights_carriers')}</h2>
      <p class="muted">{h.hasRts ? intro : t('sentences_two', intro, t('insights_no_rts'))}</p>
      <CarrierTable cards={h.carriers} caption={t('insights_carriers')} file="Carriers" />
      {h.regions.length > 0 && (
        <>
          <h3>{t('insights_by_region')}</h3>
          <CarrierTable cards={h.regions} caption={t('insights_regions_table')} file="Carriers by destination region" />
        </>
      )}
    </section>
  );
}
