import type { DecidedRecord } from '../../shared/decisions/decisionStatusDoc';
import { formatMoment } from '../../shared/time/teamTime';
import { modelLabels } from '../../shared/decisions/decisionLabels';

/** "Decided by Ana Ruiz on 3 Mar 2026, 14:05 by fist to five: Everyone showed three or more". */
export function describeDecided(record: DecidedRecord, timeZone: string, locale?: string): string {
  const moment = formatMoment(record.at, timeZone, locale);
  const model = modelLabels[record.model].label.toLowerCase();
  return `Decided by ${record.byName} on ${moment} by ${model}: ${record.result}`;
}

/** The shared rules' messages as sentences: adds the full stop they leave out. */
export function asSentence(text: string): string {
  return /[.?!…]$/.test(text) ? text : `${text}.`;
}
