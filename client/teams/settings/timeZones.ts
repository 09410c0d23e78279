/**
 * The time zones to offer: every IANA zone the browser knows, plus the current one (Chrome's
 * list leaves out aliases such as `UTC` that a team may already have).
 */
export function timeZoneOptions(current: string, known?: readonly string[]): string[] {
  const zones = known ?? Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? [...zones] : [current, ...zones];
}
