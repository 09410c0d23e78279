import { stringify } from 'csv-stringify/sync';

/**
 * Text a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) gets a leading apostrophe, the OWASP advice against CSV injection: opening
 * an export must never run, or link out with, what a team member typed. Spreadsheets show the
 * apostrophe as a text marker, not as part of the value.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Rows as CSV text, every string cell passed through `neutralizeFormula`. Numbers and booleans
 * keep csv-stringify's own casting, so a count or a number of minutes stays a number. No
 * byte-order mark: callers add it once per file.
 */
export function stringifyCsv(rows: unknown[][]): string {
  return stringify(rows, { cast: { string: neutralizeFormula } });
}
