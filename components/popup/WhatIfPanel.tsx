import { useEffect, useRef, useState } from 'preact/hooks';
import { type StreamFigures, streamFigures } from '../../core/faces/stream-figures';
import { MAX_EXTRA_PICKUPS, NO_CHANGE, type WhatIf } from '../../core/faces/what-if';
import type { Result } from '../../core/lib/result';
import type { Estimate } from '../../core/outlook/estimate';
import { formatCount, formatWhen, lateText } from '../format';
import { t } from '../i18n';

export type WhatIfLink = (streamId: string, change: WhatIf) => Promise<Result<Estimate | null>>;

/** Waiting to ship (the three stages before delivery) this many hours from now, from the forecast. */
const AHEAD = 6;
const waitingIn = (f: StreamFigures) => f.waitingIn[AHEAD] ?? f.unshipped;

/**
 * Quick what-ifs: packers ±1 on every shift and extra carrier pickups. Each step asks the background
 * to run the estimate at once on changed settings; nothing is saved, neither the settings nor the
 * estimate every other face reads. Its figures come from the same streamFigures as the live ones, shown
 * marked as a what-if beside them; "back to the live figures" clears it.
 */
export function WhatIfPanel(props: {
  live: StreamFigures;
  run: WhatIfLink;
  change: WhatIf;
  onChange: (c: WhatIf) => void;
}) {
  const { live: base, run, change } = props;
  const [result, setResult] = useState<{ change: WhatIf; figures: StreamFigures | null; error?: string } | null>(null);
  const asked = useRef(0);
  const { streamId } = base;
  useEffect(() => {
    const mine = ++asked.current; // also outdates an answer still on its way when the change is undone
    if (change.packers === 0 && change.extraPickups === 0) return setResult(null);
    run(streamId, change).then((r) => {
      if (mine !== asked.current) return; // a later step already asked
      setResult(
        r.ok ? { change, figures: r.data && streamFigures(r.data) } : { change, figures: null, error: r.error.message },
      );
    });
  }, [change, streamId, run]);

  const step = (key: keyof WhatIf, by: number, min: number, max: number) =>
    props.onChange({ ...change, [key]: Math.max(min, Math.min(max, change[key] + by)) });
  const w = result?.figures;
  const changed = change.packers !== 0 || change.extraPickups !== 0;
  const when = (at: number | null) => formatWhen(at, base.at, base.timeZone);
  return (
    <section class="what-if" aria-labelledby="what-if-title">
      <h2 id="what-if-title">{t('whatif_title')}</h2>
      <Stepper
        label={t('whatif_packers')}
        value={change.packers}
        signed
        onStep={(by) => step('packers', by, -50, 50)}
        id="packers"
      />
      <Stepper
        label={t('whatif_pickups')}
        value={change.extraPickups}
        onStep={(by) => step('extraPickups', by, 0, MAX_EXTRA_PICKUPS)}
        id="pickups"
      />
      <div aria-live="polite" data-testid="what-if-result">
        {result?.error && <p class="error">{result.error}</p>}
        {w && changed && (
          <p class="what-if-mark" data-testid="what-if-mark">
            {t('whatif_marked')}
          </p>
        )}
        {w && changed && (
          <dl class="what-if-figures">
            <div>
              <dt>{t('whatif_clear')}</dt>
              <dd data-testid="what-if-clear">
                {when(w.clearAt)} <span class="muted">{t('whatif_now', when(base.clearAt))}</span>
              </dd>
            </div>
            <div>
              <dt>{t('whatif_waiting', AHEAD)}</dt>
              <dd data-testid="what-if-backlog">
                {formatCount(waitingIn(w))} <span class="muted">{t('whatif_now', formatCount(waitingIn(base)))}</span>
              </dd>
            </div>
            <div>
              <dt title={t('fig_at_risk_hint')}>{t('fig_at_risk')}</dt>
              <dd data-testid="what-if-risk">
                {formatCount(w.atRisk)} <span class="muted">{t('whatif_now', formatCount(base.atRisk))}</span>
              </dd>
            </div>
            <div>
              <dt title={t('fig_late_predicted_hint')}>{t('fig_late_predicted')}</dt>
              <dd data-testid="what-if-late">
                {lateText(w.late)} <span class="muted">{t('whatif_now', formatCount(base.late.value))}</span>
              </dd>
            </div>
          </dl>
        )}
      </div>
      {changed && (
        <button type="button" class="what-if-back" onClick={() => props.onChange(NO_CHANGE)}>
          {t('whatif_back')}
        </button>
      )}
    </section>
  );
}

function Stepper(props: { id: string; label: string; value: number; signed?: boolean; onStep: (by: number) => void }) {
  const shown = props.signed && props.value > 0 ? `+${props.value}` : String(props.value);
  return (
    <fieldset class="stepper">
      <legend>{props.label}</legend>
      <button type="button" aria-label={t('whatif_fewer', props.label)} onClick={() => props.onStep(-1)}>
        −
      </button>
      <output data-testid={`step-${props.id}`}>{shown}</output>
      <button type="button" aria-label={t('whatif_more', props.label)} onClick={() => props.onStep(1)}>
        +
      </button>
    </fieldset>
  );
}
