/**
 * A live countdown to an instant ("in 1:05:09", "in 4:07"), or how long ago it passed. Whole seconds,
 * so the popup can tick it every second without re-running the estimate.
 */
export function countdown(target: number | null, now: number): string {
  const c = countdownClock(target, now);
  return c === null ? '—' : c.past ? `${c.clock} ago` : `in ${c.clock}`;
}

/** The clock part and its direction, for faces that put them in words of their own language. */
export function countdownClock(target: number | null, now: number): { clock: string; past: boolean } | null {
  if (target === null) return null;
  const s = Math.round((target - now) / 1000);
  return { clock: clock(Math.abs(s)), past: s < 0 };
}

function clock(total: number): string {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
