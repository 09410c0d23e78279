import type { AgendaItem } from '../../shared/meetings/meetingDoc';

/** What the agenda adds up to. */
export interface AgendaSummary {
  /** Planned minutes, all items together. */
  minutes: number;
  items: number;
  /** Items centred on a piece of student work. */
  onStudentWork: number;
}

/** Totals of an agenda, for the line under its heading. */
export function summarizeAgenda(
  items: readonly Pick<AgendaItem, 'minutes' | 'studentArtifact'>[],
): AgendaSummary {
  return {
    minutes: items.reduce((sum, item) => sum + item.minutes, 0),
    items: items.length,
    onStudentWork: items.filter((item) => item.studentArtifact).length,
  };
}

/** "45 min", "1 h", "1 h 15 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The sentence under the agenda heading, e.g. "3 items, 1 h 15 min planned". */
export function describeAgenda({ minutes, items, onStudentWork }: AgendaSummary): string {
  if (items === 0) return 'Nothing planned yet.';
  const count = `${items} ${items === 1 ? 'item' : 'items'}`;
  const work = onStudentWork > 0 ? `; ${onStudentWork} centred on student work` : '';
  return `${count}, ${formatDuration(minutes)} planned${work}.`;
}

/**
 * How an item's time box compares with the total minutes of its run's protocol, in words (the
 * page never says it with colour alone); null when they agree.
 */
export function describeTimeBoxMismatch(minutes: number, protocolMinutes: number): string | null {
  const difference = protocolMinutes - minutes;
  if (difference === 0) return null;
  const by = formatDuration(Math.abs(difference));
  return `Time box is ${by} ${difference > 0 ? 'shorter' : 'longer'} than the protocol`;
}
