import type { StatusLevel } from '../core/status';
import { STATUS_WORD } from './format';

export function StatusBadge({ level }: { level: StatusLevel | 'lost' }) {
  const word = level === 'lost' ? 'Capture lost' : STATUS_WORD[level];
  return (
    <span class={`status status-${level}`} data-status={level}>
      <span class="status-dot" aria-hidden="true" />
      {word}
    </span>
  );
}
