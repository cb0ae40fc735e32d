import type { HistoryInsights } from '../../core/insights-schema';
import { formatCount } from '../format';
import { CarrierTable } from './CarrierTable';
import { StageTable } from './StageTable';

/** The imported history as a whole: what held the scorecard window's late orders, and the carriers. */
export function HistoryInsightsView({ insights: h }: { insights: HistoryInsights }) {
  if (h.orders === 0) return null;
  const a = h.attribution;
  return (
    <section aria-label="Order history">
      <h2>The last {h.window.days} days (the scorecard window)</h2>
      {a ? (
        <>
          <p data-testid="window-summary">
            {formatCount(a.orders)} orders: {a.summary}
            {a.points !== null && ` Late orders cost ${a.points.toFixed(1)} points of the score now.`}
          </p>
          <StageTable testId="window-stages" caption="Actual late orders by stage, scorecard window" rows={a.stages} />
        </>
      ) : (
        <p class="muted">No imported order was paid in the window.</p>
      )}
      <h2>Carriers</h2>
      <p class="muted">
        From {formatCount(h.orders)} imported orders; a figure needs {h.minOrders} parcels, else it reads "not enough
        data". The busiest carrier's on-time rate and median transit replace the assumed defaults in the live prediction
        once they have enough data.
        {!h.hasRts && ' The export has no ready-to-ship times, so the first-pickup share cannot be measured.'}
      </p>
      <CarrierTable cards={h.carriers} caption="Carriers" />
      {h.regions.length > 0 && (
        <>
          <h3>By destination region</h3>
          <CarrierTable cards={h.regions} caption="Carriers by destination region" />
        </>
      )}
    </section>
  );
}
