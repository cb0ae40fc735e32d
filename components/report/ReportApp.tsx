import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../../core/lib/result';
import type { HistoryInsights } from '../../core/report/insights-schema';
import type { StreamDetail } from '../../core/report/stream-detail-schema';
import type { StreamSummary } from '../../core/report/stream-summary';
import { t } from '../i18n';
import { CompareView } from './CompareView';
import { ReportView } from './ReportView';
import { parseRoute, type Route } from './route';
import { StreamDetailView } from './StreamDetailView';

type Detail = StreamDetail | null | { error: string };

/**
 * The report page: the list of streams, one stream's detail (#stream=…) or two side by side (#compare=…);
 * the URL hash is the state, so each view can be bookmarked and printed. Details are fetched once each.
 */
export function ReportApp({
  listStreams,
  historyInsights,
  streamDetail,
}: {
  listStreams: () => Promise<Result<StreamSummary[]>>;
  historyInsights: () => Promise<Result<HistoryInsights>>;
  streamDetail: (streamId: string) => Promise<Result<StreamDetail | null>>;
}) {
  const [streams, setStreams] = useState<StreamSummary[] | null>(null);
  const [insights, setInsights] = useState<HistoryInsights | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [details, setDetails] = useState<Record<string, Detail>>({});
  useEffect(() => {
    listStreams().then((r) => (r.ok ? setStreams(r.data) : setError(r.error.message)));
  }, [listStreams]);
  useEffect(() => {
    historyInsights().then((r) => (r.ok ? setInsights(r.data) : setError(r.error.message)));
  }, [historyInsights]);
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const wanted = route.view === 'stream' ? [route.streamId] : route.view === 'compare' ? [route.a, route.b] : [];
  useEffect(() => {
    for (const id of wanted) {
      if (id in details) continue;
      streamDetail(id).then((r) => setDetails((d) => ({ ...d, [id]: r.ok ? r.data : { error: r.error.message } })));
    }
  }, [route, streamDetail]);

  if (route.view === 'list') return <ReportView streams={streams} insights={insights} error={error} />;
  const sides = wanted.map((id) => {
    const summary = streams?.find((s) => s.streamId === id);
    const detail = details[id];
    if (!streams || detail === undefined) return { id, problem: t('loading') };
    if (!summary || detail === null) return { id, problem: t('report_no_stream', id) };
    if ('error' in detail) return { id, problem: t('report_failed', id, detail.error) };
    return { id, summary, detail };
  });
  const problem = sides.find((s) => 'problem' in s);
  return (
    <main class="page report">
      <nav class="page-header no-print" aria-label={t('report_nav')}>
        <a href="#list">{t('report_all_streams')}</a>
        <button type="button" onClick={() => print()}>
          {t('report_print')}
        </button>
      </nav>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {problem && 'problem' in problem ? (
        <p role="status">{problem.problem}</p>
      ) : route.view === 'stream' ? (
        <StreamDetailView {...(sides[0] as Side)} insights={insights} />
      ) : (
        <CompareView a={sides[0] as Side} b={sides[1] as Side} />
      )}
    </main>
  );
}

type Side = { summary: StreamSummary; detail: StreamDetail };
