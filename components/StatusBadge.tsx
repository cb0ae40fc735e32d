import type { StatusLevel } from '../core/status';
import { STATUS_WORD } from './format';

const CAPTURE_WORD = { lost: 'Capture lost', starting: 'Connecting' } as const;

export function StatusBadge({ level }: { level: StatusLevel | keyof typeof CAPTURE_WORD }) {
  const word = level === 'lost' || level === 'starting' ? CAPTURE_WORD[level] : STATUS_WORD[level];
  return (
    <span class={`status status-${level}`} data-status={level}>
      <span class="status-dot" aria-hidden="true" />
      {word}
    </span>
  );
}
