import { useEffect, useState } from 'react';

/** The time now (ms), re-rendering every second: for countdowns. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Seconds until an instant (ISO, or ms since the epoch), re-rendering every second; never below 0. */
export function useSecondsUntil(at: string | number): number {
  const now = useNow();
  return Math.max(0, ((typeof at === 'number' ? at : Date.parse(at)) - now) / 1000);
}
