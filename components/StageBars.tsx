import type { Estimate } from '../core/outlook/estimate';
import { formatCount, STAGES } from './format';
import { t } from './i18n';

/** The four stage backlogs as labelled bars, scaled to the largest. */
export function StageBars({ backlog }: { backlog: Estimate['backlog'] }) {
  const max = Math.max(1, ...STAGES.map((s) => backlog[s.key]));
  return (
    <ul class="stages" aria-label={t('popup_backlog_per_stage')}>
      {STAGES.map((s) => (
        <li key={s.key} data-stage={s.key}>
          <span class="stage-label">{s.label}</span>
          <span class="stage-bar" aria-hidden="true">
            <span style={{ width: `${(100 * backlog[s.key]) / max}%` }} />
          </span>
          <span class="stage-value" data-testid={`stage-${s.key}`}>
            {formatCount(backlog[s.key])}
          </span>
        </li>
      ))}
    </ul>
  );
}
