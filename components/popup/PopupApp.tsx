import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../../core/lib/result';
import type { Estimate } from '../../core/outlook/estimate';
import type { Settings } from '../../core/settings/settings';
import { t } from '../i18n';
import type { CaptureLink } from './CaptureSection';
import { PopupView } from './PopupView';
import type { RunOfShowLink } from './RunOfShow';
import { useNow } from './use-now';
import type { WhatIfLink } from './WhatIfPanel';

export type PopupLink = {
  getEstimate(): Promise<Result<Estimate | null>>;
  /** Calls back with every estimate the background pushes; returns the unsubscribe. */
  onEstimate(cb: (e: Estimate) => void): () => void;
  reportUrl: string;
  optionsUrl: string;
  capture?: CaptureLink;
  /** The saved settings, for each stage's capacity now. */
  loadSettings?: () => Promise<Settings>;
  /** How many problems the saved settings have (the figures then run on the defaults); 0 when they pass. */
  settingsProblems?: () => Promise<number>;
  whatIf?: WhatIfLink;
  runOfShow?: RunOfShowLink;
  openSidePanel?: () => void;
};

/** Shows the latest estimate at once, then follows the background's pushes. */
export function PopupApp({ link }: { link: PopupLink }) {
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    link.getEstimate().then((r) => {
      setLoading(false);
      // The answer may be the stored estimate: a fresher push that came first wins.
      if (r.ok)
        setEstimate((cur) => (cur && r.data && cur.streamId === r.data.streamId && cur.at > r.data.at ? cur : r.data));
      else setError(r.error.message);
    });
    return link.onEstimate((e) => setEstimate((cur) => (!cur || cur.streamId === e.streamId ? e : cur)));
  }, [link]);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    link.loadSettings?.().then(setSettings, () => setSettings(null));
  }, [link]);
  // Saved settings that fail their check: the figures run on the defaults until the seller fixes them (issue #16).
  const [problems, setProblems] = useState(0);
  useEffect(() => {
    link.settingsProblems?.().then(setProblems, () => {});
  }, [link]);
  const now = useNow();
  return (
    <PopupView
      estimate={estimate}
      error={error ?? (problems > 0 ? t('popup_settings_invalid', problems) : null)}
      loading={loading}
      reportUrl={link.reportUrl}
      optionsUrl={link.optionsUrl}
      capture={link.capture}
      now={now}
      settings={settings}
      whatIf={link.whatIf}
      runOfShow={link.runOfShow}
      openSidePanel={link.openSidePanel}
    />
  );
}
