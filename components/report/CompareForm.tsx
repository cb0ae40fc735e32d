import { useState } from 'preact/hooks';
import type { StreamSummary } from '../../core/report/stream-summary';
import { timeLocale } from '../format';
import { t } from '../i18n';
import { routeHash } from './route';

/** Two labelled selects and a button: the comparison opens at its own URL hash (bookmarkable, printable). */
export function CompareForm({ streams }: { streams: StreamSummary[] }) {
  const [a, setA] = useState(streams[0]?.streamId ?? '');
  const [b, setB] = useState(streams[1]?.streamId ?? '');
  if (streams.length < 2) return null;
  const options = streams.map((s) => (
    <option key={s.streamId} value={s.streamId}>
      {s.streamId} ({new Date(s.firstAt).toLocaleString(timeLocale())})
    </option>
  ));
  return (
    <form
      class="compare-form no-print"
      aria-label={t('compare_form')}
      onSubmit={(e) => {
        e.preventDefault();
        location.hash = routeHash({ view: 'compare', a, b });
      }}
    >
      <label>
        {t('compare_first')}{' '}
        <select value={a} onChange={(e) => setA(e.currentTarget.value)}>
          {options}
        </select>
      </label>
      <label>
        {t('compare_second')}{' '}
        <select value={b} onChange={(e) => setB(e.currentTarget.value)}>
          {options}
        </select>
      </label>
      <button type="submit" disabled={a === b}>
        {t('compare_button')}
      </button>
      {a === b && <span class="muted"> {t('compare_same')}</span>}
    </form>
  );
}
