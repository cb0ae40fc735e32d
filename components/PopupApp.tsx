import { useEffect, useState } from 'preact/hooks';
import type { Estimate } from '../core/estimate';
import type { Result } from '../core/result';
import { PopupView } from './PopupView';
import type { CaptureLink } from './popup/CaptureSection';

export type PopupLink = {
  getEstimate(): Promise<Result<Estimate | null>>;
  /** Calls back with every estimate the background pushes; returns the unsubscribe. */
  onEstimate(cb: (e: Estimate) => void): () => void;
  reportUrl: string;
  optionsUrl: string;
  capture?: CaptureLink;
};

/** Shows the latest estimate at once, then follows the background's pushes. */
export function PopupApp({ link }: { link: PopupLink }) {
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    link.getEstimate().then((r) => {
      setLoading(false);
      if (r.ok) setEstimate(r.data);
      else setError(r.error.message);
    });
    return link.onEstimate((e) => setEstimate((cur) => (!cur || cur.streamId === e.streamId ? e : cur)));
  }, [link]);
  return (
    <PopupView
      estimate={estimate}
      error={error}
      loading={loading}
      reportUrl={link.reportUrl}
      optionsUrl={link.optionsUrl}
      capture={link.capture}
    />
  );
}
