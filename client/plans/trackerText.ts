import { SUPPRESSED_LABEL } from '../../shared/plans/privacy';
import { trendLabels } from '../../shared/plans/progress';
import type { TrackerRow } from '../../shared/plans/tracker';

/** "45", "45.5%", "45% of students", "12 minutes": one decimal at most, the unit as written. */
export function formatFigure(value: number, unit: string, locale?: string): string {
  const figure = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  const written = unit.trim();
  if (!written) return figure;
  return written.startsWith('%') ? `${figure}${written}` : `${figure} ${written}`;
}

/** A calendar date short enough for a table cell: "1 Dec 2026" (a date, so no time zone). */
export function formatShortDate(date: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** "Goal 1: Reading fluency", or "Goal 1 · Cycle 2: Exit tickets" for a cycle's measure. */
export function trackerMeasureLabel(row: TrackerRow): string {
  const cycle = row.cycleNumber === null ? '' : ` · Cycle ${row.cycleNumber}`;
  return `Goal ${row.goalNumber}${cycle}: ${row.measure}`;
}

/** The latest value and its date; "fewer than 10" in place of a small group's figure. */
export function trackerLatestText(
  row: TrackerRow,
  locale?: string,
): { figure: string; date: string | null } {
  if (row.latestDate === null) return { figure: 'Not measured yet', date: null };
  const date = formatShortDate(row.latestDate, locale);
  if (row.suppressed || row.latest === null) return { figure: SUPPRESSED_LABEL, date };
  return { figure: formatFigure(row.latest, row.unit, locale), date };
}

/** The aim line's value on the latest date, or why there is none. */
export function trackerAimText(row: TrackerRow, locale?: string): string {
  if (row.latestDate === null) return 'No date yet';
  if (row.suppressed) return SUPPRESSED_LABEL;
  if (row.aim === null) return 'No aim line';
  return formatFigure(row.aim, row.unit, locale);
}

export function trackerTargetText(row: TrackerRow, locale?: string): string {
  if (row.suppressed) return SUPPRESSED_LABEL;
  if (row.target === null) return 'Not set';
  return formatFigure(row.target, row.unit, locale);
}

/** Where the latest value stands, in words (never a colour alone). */
export function trackerStandingText(row: TrackerRow): string {
  if (row.trend) return trendLabels[row.trend];
  if (row.latestDate === null) return 'Not measured yet';
  return 'Needs an aim line';
}
