import type { SpeakingRule } from '../../shared/protocol-runs/protocolSchema';
import type { TimerState } from '../../shared/protocol-runs/timer';

/** Who speaks during a step, in words for the room. */
export const speakingLabels: Record<SpeakingRule, string> = {
  everyone: 'Everyone speaks: open discussion',
  'round-robin': 'Round-robin: each person speaks in turn',
  silent: 'Silent: everyone works quietly',
  'presenter-only': 'Only the presenter speaks',
  'presenter-listens': 'The presenter listens silently',
  facilitator: 'The facilitator speaks',
};

/** Short forms for the step editor's select and the library's tables. */
export const speakingOptions: { value: SpeakingRule; label: string }[] = [
  { value: 'everyone', label: 'Everyone (open discussion)' },
  { value: 'round-robin', label: 'Round-robin (each in turn)' },
  { value: 'silent', label: 'Silent (everyone works quietly)' },
  { value: 'presenter-only', label: 'Presenter only' },
  { value: 'presenter-listens', label: 'Presenter listens silently' },
  { value: 'facilitator', label: 'Facilitator' },
];

/** A run's state in the runs list and the header. */
export const runStatusLabels: Record<TimerState['status'], string> = {
  ready: 'Not started',
  running: 'In progress',
  paused: 'Paused',
  ended: 'Ended',
};

/** "5 min", "1.5 min". */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes * 10) / 10;
  return `${rounded} min`;
}

/** A count with its noun, e.g. "1 vote", "3 votes". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
