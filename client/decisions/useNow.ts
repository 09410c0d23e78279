import { useEffect, useState } from 'react';

/** How often "now" moves on: due-date badges change by the day, so a minute is plenty. */
const TICK_MS = 60_000;

/** The current time, refreshed every minute (so "Overdue" appears without a reload). */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
