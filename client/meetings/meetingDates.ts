import { daysUntil } from '../../shared/time/teamTime';

/** "Today", "Tomorrow" or "Yesterday" for a meeting date in the team's zone; null otherwise. */
export function relativeDayLabel(
  date: string,
  timeZone: string,
  now: Date = new Date(),
): string | null {
  switch (daysUntil(date, timeZone, now)) {
    case 0:
      return 'Today';
    case 1:
      return 'Tomorrow';
    case -1:
      return 'Yesterday';
    default:
      return null;
  }
}

/** "America/Chicago" as people read it: "America/Chicago time". */
export function timeZoneNote(timeZone: string): string {
  return `${timeZone.replace(/_/g, ' ')} time`;
}
