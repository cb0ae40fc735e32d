import { useEffect, useState } from 'preact/hooks';

/** The wall clock, re-read every second: countdowns tick without asking for a new estimate. */
export function useNow(clock: () => number = Date.now): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const id = setInterval(() => setNow(clock()), 1000);
    return () => clearInterval(id);
  }, [clock]);
  return now;
}
