import { useEffect, useState } from 'preact/hooks';
import type { HistoryInsights } from '../core/insights-schema';
import type { Result } from '../core/result';
import type { StreamSummary } from '../core/stream';
import { ReportView } from './ReportView';

export function ReportApp({
  listStreams,
  historyInsights,
}: {
  listStreams: () => Promise<Result<StreamSummary[]>>;
  historyInsights: () => Promise<Result<HistoryInsights>>;
}) {
  const [streams, setStreams] = useState<StreamSummary[] | null>(null);
  const [insights, setInsights] = useState<HistoryInsights | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listStreams().then((r) => (r.ok ? setStreams(r.data) : setError(r.error.message)));
  }, [listStreams]);
  useEffect(() => {
    historyInsights().then((r) => (r.ok ? setInsights(r.data) : setError(r.error.message)));
  }, [historyInsights]);
  return <ReportView streams={streams} insights={insights} error={error} />;
}
