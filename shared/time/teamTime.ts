/**
 * Dates as the team lives them. Meeting dates and due dates are calendar dates (YYYY-MM-DD)
 * meant in the team's time zone; "today" and "overdue" are judged there too, so a follow-up
 * due Friday is not overdue on Friday evening in Chicago just because it is Saturday in UTC.
 */

/** The calendar date (YYYY-MM-DD) it is at `now` in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whether a due date has passed in the team's time zone (due today is not overdue). */
export function isOverdue(dueDate: string, timeZone: string, now: Date = new Date()): boolean {
  return dueDate < todayIn(timeZone, now);
}

/** Days from today (in the team's zone) to a calendar date; negative when it has passed. */
export function daysUntil(date: string, timeZone: string, now: Date = new Date()): number {
  const day = (value: string) => Date.parse(`${value}T00:00:00Z`) / 86_400_000;
  return Math.round(day(date) - day(todayIn(timeZone, now)));
}

/** A calendar date for people: "Tuesday, 3 March 2026" (no time zone shift: it is a date). */
export function formatCalendarDate(date: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** A moment for people, in the team's time zone: "3 Mar 2026, 14:05". */
export function formatMoment(at: number | string | Date, timeZone: string, locale?: string) {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(at));
}
