import { agendaItemSchema } from '../../shared/meetings/meetingDoc';

/**
 * The minutes of an agenda item from what its number field holds (a number, or the string it
 * shows while empty or half typed), or the message to show under the field.
 */
export function parseMinutes(value: number | string): { minutes: number } | { error: string } {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { error: 'Enter the minutes, from 1 to 240' };
  }
  const parsed = agendaItemSchema.shape.minutes.safeParse(value);
  if (parsed.success) return { minutes: parsed.data };
  return { error: parsed.error.issues[0]?.message ?? 'Enter the minutes, from 1 to 240' };
}
