/**
 * Privacy of children in progress figures. Measures are about groups, or students of focus by
 * initials or pseudonym; a figure about fewer than ten students, or a count under ten, could
 * point at a child, so shared views (the target tracker, the principal's overview, the
 * projector, exports) show "fewer than 10" in its place. The team's own data-entry tables
 * keep the numbers the team typed.
 */

/** Groups smaller than this are not shown as figures. */
export const SMALL_GROUP = 10;

export const SUPPRESSED_LABEL = 'fewer than 10';

/** Whether a measure about this many students is a small group (unknown sizes are not). */
export function isSmallGroup(groupSize: number | null): boolean {
  return groupSize !== null && groupSize < SMALL_GROUP;
}

/** Whether a unit counts students ("students", "learners", "kids"). */
export function countsStudents(unit: string): boolean {
  return /^(students?|learners?|kids|children|pupils?)$/i.test(unit.trim());
}

/**
 * A figure as a shared view may show it: null when it must be shown as "fewer than 10"
 * (a small group's figure, or a count of students under ten).
 */
export function shareableFigure(
  value: number | null,
  measure: { unit: string; groupSize: number | null },
): number | null {
  if (value === null) return null;
  if (isSmallGroup(measure.groupSize)) return null;
  if (countsStudents(measure.unit) && value < SMALL_GROUP) return null;
  return value;
}
