import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../core/result';
import type { StreamSummary } from '../core/stream';
import { ReportView } from './ReportView';

export function ReportApp({ listStreams }: { listStreams: () => Promise<Result<StreamSummary[]>> }) {
  const [streams, setStreams] = useState<StreamSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listStreams().then((r) => (r.ok ? setStreams(r.data) : setError(r.error.message)));
  }, [listStreams]);
  return <ReportView streams={streams} error={error} />;
}
