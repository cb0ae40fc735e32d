import type { CaptureStatus } from '../core/capture/config';
import type { StatusLevel } from '../core/status';
import { STATUS_WORD } from './format';

type CaptureLevel = Exclude<CaptureStatus['status'], 'live'>;

export const CAPTURE_WORD: Record<CaptureLevel, string> = {
  lost: 'Capture lost',
  starting: 'Connecting',
  stale: 'Capture stale',
  standby: 'Standby',
  off: 'Capture off',
};

export function StatusBadge({ level }: { level: StatusLevel | CaptureLevel }) {
  const word = level in CAPTURE_WORD ? CAPTURE_WORD[level as CaptureLevel] : STATUS_WORD[level as StatusLevel];
  return (
    <span class={`status status-${level}`} data-status={level}>
      <span class="status-dot" aria-hidden="true" />
      {word}
    </span>
  );
}
