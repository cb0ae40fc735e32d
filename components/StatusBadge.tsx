import type { CaptureStatus } from '../core/capture/health-schema';
import type { StatusLevel } from '../core/model/risk-level';
import { STATUS_WORD } from './format';
import { t } from './i18n';

type CaptureLevel = Exclude<CaptureStatus['status'], 'live'>;

const CAPTURE_LEVELS: readonly CaptureLevel[] = ['lost', 'starting', 'stale', 'paused', 'standby', 'off'];

/** Each capture level's word in the chosen language, read at render time. */
export const CAPTURE_WORD = Object.defineProperties(
  {},
  Object.fromEntries(CAPTURE_LEVELS.map((l) => [l, { enumerable: true, get: () => t(`capture_${l}`) }])),
) as Record<CaptureLevel, string>;

export function StatusBadge({ level }: { level: StatusLevel | CaptureLevel }) {
  const word = level in CAPTURE_WORD ? CAPTURE_WORD[level as CaptureLevel] : STATUS_WORD[level as StatusLevel];
  return (
    <span class={`status status-${level}`} data-status={level}>
      <span class="status-dot" aria-hidden="true" />
      {word}
    </span>
  );
}
