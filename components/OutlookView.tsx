import type { StreamFigures } from '../core/faces/stream-figures';
import { phrase } from '../core/lib/phrase';
import type { Outlook } from '../core/outlook/outlook-schema';
import { formatCount, STAGE_LABEL } from './format';
import { cardLabel, say, t, tParts } from './i18n';

const fmtScore = (n: number | null | undefined) =>
  n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(1);

/**
 * Score now → predicted (P10–P90) and the flags the median outcome crosses, from the figures every face
 * shows (core/faces/stream-figures.ts); then what moves the score and the ranked actions, from the outlook.
 */
export function OutlookView({ outlook: o, figures: f }: { outlook: Outlook; figures: StreamFigures }) {
  const score = f.score;
  const top = o.actions.filter((a) => (a.scoreGain ?? 0) > 0 || a.lateAvoided > 0).slice(0, 4);
  return (
    <section aria-label={t('outlook_label')}>
      <h2>{t('outlook_title', say(phrase(`outlook_card_${o.scorecard.replaceAll('-', '_')}`), o.scorecard))}</h2>
      <p class="score-line" data-testid="score-line">
        {score?.growth && score.now === null
          ? tParts('outlook_score_line_growth', <b>{fmtScore(score.predicted)}</b>)
          : tParts('outlook_score_line', <b>{fmtScore(score?.now)}</b>, <b>{fmtScore(score?.predicted)}</b>)}
        {score?.range && (
          <span class="muted"> {t('outlook_range', fmtScore(score.range.p10), fmtScore(score.range.p90))}</span>
        )}
      </p>
      {o.historyOrders === 0 && (
        <p class="muted" data-testid="no-history">
          {t('outlook_no_history')}
        </p>
      )}
      {f.flags.length > 0 && (
        <ul class="flags" aria-label={t('outlook_warnings')}>
          {f.flags.map((flag) => (
            <li key={flag.id} class="flag">
              ⚠ {flag.product ? `${flag.product.name || flag.product.code}: ` : ''}
              {flag.probability === null
                ? cardLabel(flag)
                : t('outlook_flag_probability', cardLabel(flag), Math.round(flag.probability * 100))}
            </li>
          ))}
        </ul>
      )}
      {o.mover && (
        <p data-testid="mover">
          {t(
            'outlook_mover',
            withWindow(cardLabel(o.mover), o.mover.window),
            indicatorValue(o.mover.unit, o.mover.now),
            indicatorValue(o.mover.unit, o.mover.predicted),
            `${o.mover.scorePoints > 0 ? '+' : ''}${o.mover.scorePoints.toFixed(1)}`,
          )}
        </p>
      )}
      {o.attribution && (
        <p class="attribution" data-testid="attribution">
          {say(o.attribution.sentence, o.attribution.summary)}
        </p>
      )}
      <h2>{t('outlook_actions')}</h2>
      {top.length === 0 ? (
        <p class="muted">{t('outlook_no_action')}</p>
      ) : (
        <ol class="actions" data-testid="actions">
          {top.map((a) => (
            <li key={a.id} data-action={a.id}>
              <span>{actionLabel(a)}</span>
              <span class="muted">
                {STAGE_LABEL[a.stage]} ·{' '}
                {a.scoreGain !== null
                  ? t(
                      'outlook_effect',
                      `${a.scoreGain >= 0 ? '+' : ''}${a.scoreGain.toFixed(1)}`,
                      formatCount(a.lateAvoided),
                    )
                  : t('outlook_fewer_late', formatCount(a.lateAvoided))}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p class="assumptions muted">{t('outlook_assumptions', o.samples, assumptions(o).join(t('list_separator')))}</p>
    </section>
  );
}

/** An indicator's value as the seller reads it: a rate in percent, hours, or points. */
function indicatorValue(unit: 'rate' | 'hours' | 'points', v: number | null): string {
  if (v === null) return '—';
  if (unit === 'rate') return `${(v * 100).toFixed(1)} %`;
  return unit === 'hours' ? `${v.toFixed(1)} h` : v.toFixed(1);
}

/** A suggested action's label in the words in use (the English label when its phrase is unknown). */
export const actionLabel = (a: Outlook['actions'][number]): string =>
  say(a.key === undefined ? null : { key: a.key, params: a.params ?? [] }, a.label);

/** The assumed figures in the words in use: the phrases when they match the English list, else the English. */
const assumptions = (o: Outlook): string[] =>
  o.assumptions.map((a, i) =>
    say(o.assumptionPhrases?.length === o.assumptions.length ? o.assumptionPhrases[i] : null, a),
  );

/** An indicator's name with the window the platform measures it over ("LDR (over 7 days, assumed)"). */
function withWindow(label: string, window: { days: number; assumed: boolean } | undefined): string {
  if (!window) return label;
  return `${label} (${t(window.assumed ? 'outlook_window_assumed' : 'outlook_window', window.days)})`;
}
